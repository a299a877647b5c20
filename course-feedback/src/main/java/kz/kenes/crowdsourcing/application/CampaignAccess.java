package kz.kenes.crowdsourcing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import kz.kenes.crowdsourcing.domain.Campaign;
import kz.kenes.crowdsourcing.domain.CampaignAction;
import kz.kenes.crowdsourcing.domain.CampaignAuditEntry;
import kz.kenes.crowdsourcing.domain.CampaignInvitation;
import kz.kenes.crowdsourcing.domain.CampaignInvitations;
import kz.kenes.crowdsourcing.domain.CampaignMember;
import kz.kenes.crowdsourcing.domain.CampaignRepository;
import kz.kenes.crowdsourcing.domain.CampaignRole;
import kz.kenes.crowdsourcing.domain.CampaignStage;
import kz.kenes.crowdsourcing.domain.Groups;
import kz.kenes.crowdsourcing.domain.StageRules;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.platform.domain.NotAllowed;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.program.domain.CourseDeliveries;

/**
 * A caller's place in a campaign (docs/crowdsourcing.md, "Who does what"): an administrator of the
 * program's university is an organiser; a role given in the campaign (by an organiser) counts next;
 * otherwise a person launched from a course that delivers the program takes part, an instructor as
 * facilitator, a learner as participant of the learner group (when the campaign invites that
 * group). Anyone else is refused. Loading a campaign first moves it to the stage its dates have
 * reached, with an audit entry by {@code schedule}.
 */
@ApplicationScoped
public class CampaignAccess {

  /** The actor key of a stage move on the campaign's dates. */
  public static final String SCHEDULE = "schedule";

  @Inject CampaignRepository campaigns;
  @Inject CourseDeliveries deliveries;
  @Inject CampaignInvitations invitations;
  @Inject Clock clock;

  /** A campaign as the caller enters it, with their place in it. */
  public record Entry(Campaign campaign, CampaignMember member) {
    public CampaignRole role() {
      return member.role();
    }

    public boolean staff() {
      return role() == CampaignRole.ORGANISER || role() == CampaignRole.FACILITATOR;
    }
  }

  /** The campaign (moved to a due stage), the caller's place in it, and {@code action} checked. */
  public Entry enter(CampaignCaller caller, long campaignId, CampaignAction action) {
    Campaign campaign = load(campaignId, action != CampaignAction.VIEW);
    CampaignMember member = memberOf(campaign, caller);
    StageRules.require(campaign.stage(), member.role(), action);
    return new Entry(campaign, member);
  }

  /** The campaign, moved to the stage its dates have reached; locked when {@code lock}. */
  public Campaign load(long campaignId, boolean lock) {
    Campaign campaign =
        (lock ? campaigns.lock(campaignId) : campaigns.find(campaignId))
            .orElseThrow(() -> new NotFound("No campaign with id " + campaignId + "."));
    Instant now = clock.instant();
    Optional<CampaignStage> due = campaign.dueStage(now);
    if (due.isPresent()) {
      CampaignStage from = campaign.moveTo(due.get(), now);
      campaigns.store(campaign);
      campaigns.audit(
          new CampaignAuditEntry(
              campaign.id(), SCHEDULE, "stage", from.code() + " -> " + due.get().code(), now));
    }
    return campaign;
  }

  /** The caller's place in the campaign; refuses one who has none. */
  public CampaignMember memberOf(Campaign campaign, CampaignCaller caller) {
    String key = caller.memberKey();
    if (caller.adminScope().filter(s -> s.reaches(campaign.universityId())).isPresent()) {
      return new CampaignMember(key, CampaignRole.ORGANISER, Groups.STAFF);
    }
    KenesSession session =
        caller.session().orElseThrow(() -> new NotAllowed("Only administrators may do this."));
    if (session.guestKey() != null) {
      CampaignMember guest =
          campaigns
              .member(campaign.id(), key)
              .orElseThrow(
                  () ->
                      new NotAllowed(
                          "Your invitation link is for another campaign than "
                              + campaign.id()
                              + "."));
      requireLinkHolds(key);
      return guest;
    }
    if (session.userRef() != null) {
      Optional<CampaignMember> given = campaigns.member(campaign.id(), key);
      if (given.isPresent()) {
        return given.get();
      }
    }
    if (session.kind() == KenesSession.Kind.LTI
        && session.userRef() != null
        && session.contextRef() != null
        && deliveries.delivers(session.contextRef(), campaign.programId())) {
      if (session.role().atLeast(KenesRole.INSTRUCTOR)) {
        return new CampaignMember(key, CampaignRole.FACILITATOR, Groups.STAFF);
      }
      if (campaign.groups().contains(Groups.LEARNER)) {
        return new CampaignMember(key, CampaignRole.PARTICIPANT, Groups.LEARNER);
      }
    }
    throw new NotAllowed(
        "You take no part in campaign "
            + campaign.id()
            + ": it is open to the courses of its program and to the people it invites.");
  }

  /** Refuses (410) a guest whose invitation link was withdrawn or has expired. */
  private void requireLinkHolds(String guestKey) {
    long linkId = CampaignInvitation.linkOf(guestKey);
    invitations
        .find(linkId)
        .ifPresent(l -> l.terms().requireChangeable(clock.instant(), CampaignInvitation.WORDING));
  }

  /** Writes an audit entry of the caller. */
  public void audit(Entry entry, String action, String detail) {
    campaigns.audit(
        new CampaignAuditEntry(
            entry.campaign().id(), entry.member().memberKey(), action, detail, clock.instant()));
  }
}
