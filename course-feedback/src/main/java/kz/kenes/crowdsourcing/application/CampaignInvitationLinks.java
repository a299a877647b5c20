package kz.kenes.crowdsourcing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import kz.kenes.crowdsourcing.domain.Campaign;
import kz.kenes.crowdsourcing.domain.CampaignAction;
import kz.kenes.crowdsourcing.domain.CampaignInvitation;
import kz.kenes.crowdsourcing.domain.CampaignInvitations;
import kz.kenes.crowdsourcing.domain.CampaignRole;
import kz.kenes.crowdsourcing.domain.Groups;
import kz.kenes.platform.config.KenesConfig;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.domain.NotAllowed;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.platform.text.UntrustedText;
import kz.kenes.survey.domain.LinkTerms;

/**
 * A campaign's invitation links, the organisers' side (docs/crowdsourcing.md, "Invitation links"):
 * a link for experts or participants of a stakeholder group, shown once, listed with its state, and
 * withdrawn on request. Organisers only.
 */
@ApplicationScoped
public class CampaignInvitationLinks {

  /** Path of the page a link opens; the token follows. */
  public static final String PAGE_PATH = "/campaign-invitations/";

  /** How long a link lasts when the request names no expiry. */
  public static final Duration DEFAULT_LIFETIME = Duration.ofDays(30);

  @Inject CampaignAccess access;
  @Inject CampaignInvitations links;
  @Inject KenesConfig config;
  @Inject Clock clock;

  /**
   * A link as an organiser asks for it.
   *
   * @param role {@code expert} or {@code participant}
   * @param group the stakeholder group of the people who join through it; a participant's must be
   *     one the campaign names
   * @param maxUses how many people it takes; null for one
   * @param expiresAt ISO-8601 instant; null for {@link #DEFAULT_LIFETIME} from now
   */
  public record NewLink(
      String role, String group, Integer maxUses, String expiresAt, String label) {}

  /** A link just made: the only moment its token is known. */
  public record Created(CampaignInvitation link, String token, String url) {}

  /** A page of a campaign's links, newest first, with how many there are. */
  /** A page of a campaign's links, how many it has, and the stakeholder groups it names. */
  public record Page(List<CampaignInvitation> links, long total, List<String> groups) {}

  @Transactional
  public Created create(CampaignCaller caller, long campaignId, NewLink command) {
    Campaign campaign = organiser(caller, campaignId).campaign();
    if (command == null) {
      throw new InvalidInput("body", "Send the link as a JSON object.");
    }
    CampaignRole role = role(command.role());
    String group = Groups.requireCode("group", command.group());
    if (role == CampaignRole.PARTICIPANT && !campaign.groups().contains(group)) {
      throw new InvalidInput(
          "group",
          "Participants of this campaign are of the groups "
              + String.join(", ", campaign.groups())
              + ".");
    }
    int maxUses = command.maxUses() == null ? 1 : command.maxUses();
    if (maxUses < 1 || maxUses > LinkTerms.MAX_USES) {
      throw new InvalidInput(
          "maxUses", "'maxUses' must be between 1 and " + LinkTerms.MAX_USES + ".");
    }
    Instant now = clock.instant();
    Instant expiresAt = expiry(command.expiresAt(), now);
    String token = LinkTerms.newToken();
    CampaignInvitation link =
        links.store(
            new CampaignInvitation(
                null,
                campaignId,
                LinkTerms.hash(token),
                role,
                group,
                label(command.label()),
                maxUses,
                0,
                expiresAt,
                null,
                caller.memberKey(),
                now));
    return new Created(link, token, url(token));
  }

  @Transactional
  public Page list(CampaignCaller caller, long campaignId, int offset, int limit) {
    CampaignAccess.Entry entry = organiser(caller, campaignId);
    return new Page(
        links.findByCampaign(campaignId, offset, limit),
        links.countByCampaign(campaignId),
        entry.campaign().groups());
  }

  /** Withdraws a link of the campaign: nobody joins through it, its guests act no more. */
  @Transactional
  public CampaignInvitation revoke(CampaignCaller caller, long campaignId, long linkId) {
    CampaignAccess.Entry entry = organiser(caller, campaignId);
    CampaignInvitation link =
        links
            .find(linkId)
            .filter(l -> l.campaignId() == campaignId)
            .orElseThrow(
                () ->
                    new NotFound(
                        "Campaign " + campaignId + " has no invitation link " + linkId + "."));
    links.revoke(linkId, clock.instant());
    access.audit(entry, "invitation-withdrawn", "link " + linkId);
    return links.find(link.id()).orElseThrow();
  }

  public String url(String token) {
    String base = config.publicUrl().toString();
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + PAGE_PATH + token;
  }

  public Instant now() {
    return clock.instant();
  }

  private CampaignAccess.Entry organiser(CampaignCaller caller, long campaignId) {
    CampaignAccess.Entry entry = access.enter(caller, campaignId, CampaignAction.VIEW);
    if (entry.role() != CampaignRole.ORGANISER) {
      throw new NotAllowed("Only the campaign's organisers make and withdraw invitation links.");
    }
    return entry;
  }

  private static CampaignRole role(String code) {
    if ("expert".equals(code)) {
      return CampaignRole.EXPERT;
    }
    if ("participant".equals(code)) {
      return CampaignRole.PARTICIPANT;
    }
    throw new InvalidInput("role", "'role' of an invitation link is expert or participant.");
  }

  private static Instant expiry(String given, Instant now) {
    if (given == null || given.isBlank()) {
      return now.plus(DEFAULT_LIFETIME);
    }
    Instant at;
    try {
      at = Instant.parse(given.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInput(
          "expiresAt", "'expiresAt' is an ISO-8601 time in UTC, e.g. 2026-03-01T10:00:00Z.");
    }
    if (!at.isAfter(now)) {
      throw new InvalidInput("expiresAt", "'expiresAt' must be in the future.");
    }
    return at;
  }

  private static String label(String given) {
    String label = given == null || given.isBlank() ? null : given.strip();
    if (label != null && label.length() > 200) {
      throw new InvalidInput("label", "'label' is longer than 200 characters.");
    }
    return label == null ? null : UntrustedText.requireNoNul("label", label);
  }
}
