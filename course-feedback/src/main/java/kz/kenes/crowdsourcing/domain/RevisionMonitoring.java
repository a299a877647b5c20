package kz.kenes.crowdsourcing.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A survey round that measures a revision: a baseline round {@link Phase#BEFORE} it or a follow-up
 * round {@link Phase#AFTER}. The survey report compares the two ("did this revision help").
 */
public record RevisionMonitoring(
    long revisionId, long surveyId, long roundId, Phase phase, String linkedBy, Instant linkedAt) {

  /** Whether the round measures before or after the revision. */
  public enum Phase {
    BEFORE,
    AFTER;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public RevisionMonitoring {
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(linkedBy, "linkedBy");
    linkedAt = RevisionRecord.millis(linkedAt);
  }
}
