package kz.kenes.survey.api;

import java.time.Instant;
import kz.kenes.survey.domain.Invitation;

/**
 * An invitation link. {@code url} and {@code token} are present only in the answer that creates it:
 * Kenes keeps only a hash of the token and cannot show the link again.
 *
 * @param state {@code active}, {@code used-up}, {@code expired} or {@code revoked}
 */
public record InvitationView(
    long id,
    long roundId,
    String group,
    String label,
    int maxUses,
    int uses,
    boolean anonymous,
    Instant expiresAt,
    Instant revokedAt,
    String state,
    String url,
    String token) {

  public static InvitationView of(Invitation i, Instant now) {
    return of(i, now, null, null);
  }

  public static InvitationView of(Invitation i, Instant now, String url, String token) {
    return new InvitationView(
        i.id(),
        i.round().id(),
        i.groupCode(),
        i.label().orElse(null),
        i.maxUses(),
        i.uses(),
        i.anonymous(),
        i.expiresAt(),
        i.revokedAt().orElse(null),
        i.state(now),
        url,
        token);
  }
}
