package kz.kenes.crowdsourcing.domain;

/**
 * A person's place in a campaign: the key that names them ({@code lti:<user id>}), their role and
 * their stakeholder group.
 */
public record CampaignMember(String memberKey, CampaignRole role, String groupCode) {

  /** The member key of a person who came through an LTI launch. */
  public static String ltiKey(long userRef) {
    return "lti:" + userRef;
  }
}
