package kz.kenes.crowdsourcing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import kz.kenes.crowdsourcing.domain.CampaignAction;
import kz.kenes.crowdsourcing.domain.CampaignInvitation;
import kz.kenes.crowdsourcing.domain.CampaignMember;
import kz.kenes.crowdsourcing.domain.CampaignPerson;
import kz.kenes.crowdsourcing.domain.CampaignRepository;
import kz.kenes.crowdsourcing.domain.CampaignRole;
import kz.kenes.crowdsourcing.domain.Groups;
import kz.kenes.identity.domain.CoursePeople;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.domain.NotAllowed;
import kz.kenes.program.domain.CourseDeliveries;

/**
 * The roles an organiser gives and takes in a campaign from its members page
 * (docs/crowdsourcing.md, "Who does what"): the campaign's people, a role and group given to an LTI
 * user or changed for a guest, a given role taken back. Every change has an audit entry naming the
 * organiser, as {@link Campaigns#giveRole} (the API's {@code PUT …/members}) writes it.
 */
@ApplicationScoped
public class CampaignRoles {

  @Inject CampaignRepository campaigns;
  @Inject CampaignAccess access;
  @Inject CourseDeliveries deliveries;
  @Inject CoursePeople coursePeople;
  @Inject Clock clock;

  /** A page of a campaign's people and how many there are in all. */
  public record People(CampaignAccess.Entry entry, List<CampaignPerson> items, long total) {}

  /**
   * The people of the campaign (given roles and guests first, then those who took part with the
   * role their course gives them), for its organisers.
   */
  @Transactional
  public People people(CampaignCaller caller, long id, int offset, int limit) {
    CampaignAccess.Entry entry = requireOrganiser(caller, id);
    return new People(entry, campaigns.people(id, offset, limit), campaigns.countPeople(id));
  }

  /** The people of the campaign's courses found by a name and how many there are in all. */
  public record Found(CampaignAccess.Entry entry, CoursePeople.Found people) {}

  /**
   * The people who launched Kenes from a course that delivers the campaign's program whose name
   * contains {@code name} (case and accents ignored; at least {@link CoursePeople#MIN_QUERY}
   * letters, else 400 {@code name}), for its organisers: whom to give a role before they took part.
   */
  @Transactional
  public Found findPeople(CampaignCaller caller, long id, String name, int offset, int limit) {
    CampaignAccess.Entry entry = requireOrganiser(caller, id);
    String folded = CoursePeople.fold(name);
    if (folded == null || folded.length() < CoursePeople.MIN_QUERY) {
      throw new InvalidInput(
          "name", "'name' needs at least " + CoursePeople.MIN_QUERY + " letters of a name.");
    }
    if (folded.length() > 200) {
      throw new InvalidInput("name", "'name' is at most 200 characters.");
    }
    List<Long> courses = deliveries.coursesDelivering(entry.campaign().programId());
    return new Found(entry, coursePeople.search(courses, folded, offset, limit));
  }

  /**
   * Gives the member {@code memberKey} (an LTI user's {@code lti:<id>} or a guest of this campaign)
   * a role and group, replacing a role given before.
   */
  @Transactional
  public CampaignMember give(
      CampaignCaller caller, long id, String memberKey, CampaignRole role, String group) {
    CampaignAccess.Entry entry = requireOrganiser(caller, id);
    String key = requireMemberKey(id, memberKey);
    CampaignMember member = new CampaignMember(key, role, Groups.requireCode("group", group));
    campaigns.putMember(id, member, clock.instant());
    access.audit(entry, "role", key + " " + role.code() + " " + member.groupCode());
    return member;
  }

  /**
   * Takes the role given to the LTI member {@code memberKey}: they keep the role their course gives
   * them, if any. A guest's role is changed, never taken (their link made them a member).
   */
  @Transactional
  public void take(CampaignCaller caller, long id, String memberKey) {
    CampaignAccess.Entry entry = requireOrganiser(caller, id);
    String key = requireMemberKey(id, memberKey);
    if (CampaignInvitation.linkOf(key) >= 0) {
      throw new Conflict(
          "guest-role-kept",
          "A guest's role is changed, not taken: withdraw their invitation link to end it.");
    }
    CampaignMember given =
        campaigns
            .member(id, key)
            .orElseThrow(
                () -> new Conflict("no-given-role", "No role was given to " + key + " here."));
    campaigns.removeMember(id, key);
    access.audit(entry, "role-taken", key + " " + given.role().code());
  }

  /** An LTI user's key, or the key of a guest of this campaign; refuses any other. */
  private String requireMemberKey(long id, String memberKey) {
    String key = memberKey == null ? "" : memberKey.strip();
    if (key.matches("lti:[1-9][0-9]{0,17}")) {
      return key;
    }
    if (CampaignInvitation.linkOf(key) >= 0 && campaigns.member(id, key).isPresent()) {
      return key;
    }
    throw new InvalidInput("member", "'member' names a person of this campaign.");
  }

  private CampaignAccess.Entry requireOrganiser(CampaignCaller caller, long id) {
    CampaignAccess.Entry entry = access.enter(caller, id, CampaignAction.VIEW);
    if (entry.role() != CampaignRole.ORGANISER) {
      throw new NotAllowed("Only the campaign's organisers give roles.");
    }
    return entry;
  }
}
