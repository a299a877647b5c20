package kz.kenes.analytics.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The guards every before/after statistic shares: both rounds answered, two values or more in each,
 * some spread somewhere. Each returns the {@link Outcome.Unavailable} to give instead of a NaN or
 * an infinity, or nothing when the statistic can be computed.
 */
final class SampleChecks {

  private SampleChecks() {}

  /** Two independent rounds, each needing {@code n >= 2} and together some variance. */
  static <T> Optional<Outcome<T>> checkRounds(Moments baseline, Moments followUp) {
    if (baseline.isEmpty() || followUp.isEmpty()) {
      String round = baseline.isEmpty() ? "baseline" : "follow-up";
      return unavailable(Outcome.Reason.MISSING_ROUND, "no answers in the %s round", round);
    }
    if (baseline.n() < 2 || followUp.n() < 2) {
      return unavailable(
          Outcome.Reason.INSUFFICIENT_DATA,
          "needs at least 2 answers in each round, has %d (baseline) and %d (follow-up)",
          baseline.n(),
          followUp.n());
    }
    if (baseline.hasNoSpread() && followUp.hasNoSpread()) {
      return noSpreadInRounds(baseline.mean(), followUp.mean());
    }
    return Optional.empty();
  }

  /** The differences of linked respondents, needing two pairs or more and some variance. */
  static <T> Optional<Outcome<T>> checkDifferences(Moments differences) {
    if (differences.isEmpty()) {
      return unavailable(
          Outcome.Reason.MISSING_ROUND, "no respondent is linked across both rounds");
    }
    if (differences.n() < 2) {
      return unavailable(
          Outcome.Reason.INSUFFICIENT_DATA,
          "needs at least 2 linked respondents, has %d",
          differences.n());
    }
    return differences.hasNoSpread() ? noSpreadInDifferences(differences.mean()) : Optional.empty();
  }

  private static <T> Optional<Outcome<T>> noSpreadInDifferences(double change) {
    if (change == 0) {
      return unavailable(
          Outcome.Reason.NO_VARIANCE,
          "every linked respondent gave the same score in both rounds: no difference and no"
              + " spread, so t is undefined");
    }
    return unavailable(
        Outcome.Reason.NO_VARIANCE_MEANS_DIFFER,
        "every linked respondent's score changed by exactly %+.2f: the change has no spread, so t"
            + " is undefined",
        change);
  }

  private static <T> Optional<Outcome<T>> noSpreadInRounds(double baseline, double followUp) {
    if (baseline == followUp) {
      return unavailable(
          Outcome.Reason.NO_VARIANCE,
          "every value in both rounds is %.2f: no spread and no difference, so t is undefined",
          baseline);
    }
    return unavailable(
        Outcome.Reason.NO_VARIANCE_MEANS_DIFFER,
        "every baseline value is %.2f and every follow-up value %.2f: the means differ by %+.2f"
            + " with no spread, so t is undefined",
        baseline,
        followUp,
        followUp - baseline);
  }

  static <T> Optional<Outcome<T>> unavailable(
      Outcome.Reason reason, String explanation, Object... arguments) {
    return Optional.of(explain(reason, explanation, arguments));
  }

  /** An unavailable outcome whose explanation is formatted with {@link Locale#ROOT}. */
  static <T> Outcome<T> explain(Outcome.Reason reason, String explanation, Object... arguments) {
    return Outcome.unavailable(reason, String.format(Locale.ROOT, explanation, arguments));
  }
}
