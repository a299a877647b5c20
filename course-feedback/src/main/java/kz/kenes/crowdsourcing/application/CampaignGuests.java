package kz.kenes.crowdsourcing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import kz.kenes.crowdsourcing.domain.Campaign;
import kz.kenes.crowdsourcing.domain.CampaignAuditEntry;
import kz.kenes.crowdsourcing.domain.CampaignInvitation;
import kz.kenes.crowdsourcing.domain.CampaignInvitations;
import kz.kenes.crowdsourcing.domain.CampaignMember;
import kz.kenes.crowdsourcing.domain.CampaignRepository;
import kz.kenes.crowdsourcing.domain.NotificationMailSettings;
import kz.kenes.crowdsourcing.domain.Texts;
import kz.kenes.identity.domain.OpenedSession;
import kz.kenes.identity.domain.SessionDraft;
import kz.kenes.identity.domain.SessionStore;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.text.UntrustedText;
import kz.kenes.survey.domain.LinkTerms;
import kz.kenes.survey.domain.UnknownInvitation;

/**
 * People who join a campaign through its invitation link (docs/crowdsourcing.md, "Invitation
 * links"): each one takes a use of the link and becomes a guest member with the link's role and
 * group, and gets a session of their own ({@code INVITATION}) in which the campaign's pages and API
 * treat them as that member. An unknown token is a 404 that says nothing more; a used-up, expired
 * or withdrawn link a 410 that says which.
 */
@ApplicationScoped
public class CampaignGuests {

  @Inject CampaignInvitations links;
  @Inject CampaignRepository campaigns;
  @Inject SessionStore sessions;
  @Inject NotificationMailSettings mailSettings;
  @Inject Clock clock;

  /** A guest who joined: their session (its token shown once) and their place in the campaign. */
  public record Joined(OpenedSession session, long campaignId, CampaignMember member) {}

  /** The link behind a token, available or not; 404 for an unknown one. */
  public CampaignInvitation resolve(String token) {
    if (!LinkTerms.wellFormed(token)) {
      throw new UnknownInvitation();
    }
    return links.findByTokenHash(LinkTerms.hash(token)).orElseThrow(UnknownInvitation::new);
  }

  /**
   * The link behind a token if it takes somebody now: 404 unknown, 410 used up, expired, withdrawn.
   */
  public CampaignInvitation available(String token) {
    CampaignInvitation link = resolve(token);
    link.terms().requireAvailable(clock.instant(), CampaignInvitation.WORDING);
    return link;
  }

  /** The campaign a link invites to (for the page that shows the invitation). */
  public Campaign campaignOf(CampaignInvitation link) {
    return campaigns.find(link.campaignId()).orElseThrow(UnknownInvitation::new);
  }

  /** Most characters of the name a guest gives. */
  public static final int NAME_LENGTH = 200;

  /**
   * Joins through the link: takes a use, makes the guest member and opens their session. {@code
   * name}, optional (at most {@value #NAME_LENGTH} characters), is what the campaign's pages show
   * for them (without it, their group and number); {@code email}, optional, is where their
   * notifications are mailed (400 when it is not an address).
   */
  @Transactional
  public Joined join(String token, String locale, String name, String email) {
    String displayName =
        UntrustedText.requireNoNul("name", Texts.optional("name", name, NAME_LENGTH));
    CampaignInvitation link = resolve(token);
    Instant now = clock.instant();
    String address = email == null || email.isBlank() ? null : email.strip();
    if (address != null && !MailRecipients.plausible(address)) {
      throw new InvalidInput(
          "email", "'email' is not an e-mail address such as name@example.org; leave it empty.");
    }
    link.terms().requireAvailable(now, CampaignInvitation.WORDING);
    int use =
        links
            .use(link.id(), now)
            .orElseThrow(
                () -> {
                  CampaignInvitation again = links.find(link.id()).orElse(link);
                  again.terms().requireAvailable(now, CampaignInvitation.WORDING);
                  return new IllegalStateException("the link took nobody though it was active");
                });
    Campaign campaign = campaignOf(link);
    CampaignMember member =
        new CampaignMember(
            CampaignInvitation.guestKey(link.id(), use), link.role(), link.groupCode());
    campaigns.putMember(campaign.id(), member, now);
    if (!displayName.isEmpty()) {
      campaigns.nameMember(campaign.id(), member.memberKey(), displayName);
    }
    campaigns.audit(
        new CampaignAuditEntry(
            campaign.id(),
            member.memberKey(),
            "invitation-join",
            "link " + link.id() + " as " + link.role().code() + " of " + link.groupCode(),
            now));
    if (address != null) {
      mailSettings.giveAddress(member.memberKey(), address, locale, now);
    }
    OpenedSession session =
        sessions.open(SessionDraft.guest(campaign.universityId(), member.memberKey(), locale));
    return new Joined(session, campaign.id(), member);
  }
}
