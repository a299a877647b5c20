package kz.kenes.survey.api;

import java.time.Instant;
import java.util.List;
import kz.kenes.survey.domain.ModuleFeedbackLink;

/**
 * A module feedback link. {@code url} and {@code token} are present only in the answer that creates
 * it: Kenes keeps only a hash of the token and cannot show the link again.
 *
 * @param moduleIds the modules it asks about; empty for every module of the program
 * @param state {@code active}, {@code used-up}, {@code expired} or {@code revoked}
 */
public record ModuleFeedbackLinkView(
    long id,
    long programId,
    List<Long> moduleIds,
    String group,
    String label,
    int maxUses,
    int uses,
    boolean anonymous,
    Instant expiresAt,
    Instant revokedAt,
    Instant createdAt,
    String state,
    String url,
    String token) {

  public static ModuleFeedbackLinkView of(ModuleFeedbackLink l, Instant now) {
    return of(l, now, null, null);
  }

  public static ModuleFeedbackLinkView of(
      ModuleFeedbackLink l, Instant now, String url, String token) {
    return new ModuleFeedbackLinkView(
        l.id(),
        l.programId(),
        l.moduleIds().stream().sorted().toList(),
        l.groupCode(),
        l.label().orElse(null),
        l.maxUses(),
        l.uses(),
        l.anonymous(),
        l.expiresAt(),
        l.revokedAt().orElse(null),
        l.createdAt(),
        l.state(now),
        url,
        token);
  }
}
