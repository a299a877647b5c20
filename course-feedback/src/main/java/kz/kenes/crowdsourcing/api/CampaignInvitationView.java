package kz.kenes.crowdsourcing.api;

import java.time.Instant;
import kz.kenes.crowdsourcing.domain.CampaignInvitation;

/**
 * A campaign's invitation link as organisers see it; {@code token} and {@code url} only in the
 * answer that made it (they are never stored).
 *
 * @param state {@code active}, {@code used-up}, {@code expired} or {@code revoked}
 */
public record CampaignInvitationView(
    long id,
    long campaignId,
    String role,
    String group,
    String label,
    int maxUses,
    int uses,
    String state,
    Instant expiresAt,
    Instant revokedAt,
    Instant createdAt,
    String token,
    String url) {

  public static CampaignInvitationView of(CampaignInvitation link, Instant now) {
    return made(link, now, null, null);
  }

  public static CampaignInvitationView made(
      CampaignInvitation link, Instant now, String token, String url) {
    return new CampaignInvitationView(
        link.id(),
        link.campaignId(),
        link.role().code(),
        link.groupCode(),
        link.label(),
        link.maxUses(),
        link.uses(),
        link.state(now),
        link.expiresAt(),
        link.revokedAt(),
        link.createdAt(),
        token,
        url);
  }
}
