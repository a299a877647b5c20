package kz.kenes.crowdsourcing.domain;

import java.util.Optional;

/**
 * A person of a campaign as its members page lists them: their member key, the role an organiser
 * gave them or their invitation link did (empty: the role their course gives them, for someone who
 * took part without a given role), their stakeholder group and, for a guest, the name they gave
 * when joining.
 */
public record CampaignPerson(
    String memberKey, Optional<CampaignRole> givenRole, String groupCode, String displayName) {

  /** Whether the person came through an invitation link. */
  public boolean guest() {
    return memberKey.startsWith(CampaignInvitation.GUEST_PREFIX);
  }
}
