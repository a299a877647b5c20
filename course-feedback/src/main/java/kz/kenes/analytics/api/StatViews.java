package kz.kenes.analytics.api;

import java.util.Arrays;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import kz.kenes.analytics.domain.ChiSquareResult;
import kz.kenes.analytics.domain.EffectSize;
import kz.kenes.analytics.domain.Outcome;
import kz.kenes.analytics.domain.Reliability;
import kz.kenes.analytics.domain.ScaleSummary;
import kz.kenes.analytics.domain.TTestResult;
import kz.kenes.survey.domain.SatisfactionLevel;
import kz.kenes.survey.domain.ScaleAnswer;

/**
 * JSON shapes of the statistics: every computed statistic says whether it is {@code available};
 * when not, {@code reason} (an {@link Outcome.Reason}) and {@code explanation} say why, and the
 * numbers are absent rather than NaN.
 */
public final class StatViews {

  private StatViews() {}

  /** A t-test. */
  public record TestView(
      boolean available,
      String reason,
      String explanation,
      Double t,
      Double df,
      Double p,
      Double meanDifference,
      String mark) {}

  /** Cohen's d with its 95% interval. */
  public record EffectView(
      boolean available, String reason, String explanation, Double d, Double lower, Double upper) {}

  /** The chi-square test of the level shares. */
  public record ChiSquareView(
      boolean available,
      String reason,
      String explanation,
      Double chiSquare,
      Integer df,
      Double p,
      Double smallestExpectedCount,
      Boolean expectedCountsAdequate,
      String mark) {}

  /** Cronbach's alpha. */
  public record AlphaView(
      boolean available,
      String reason,
      String explanation,
      Double alpha,
      Integer items,
      Long respondents) {}

  /** Descriptive statistics; {@code sufficiency} says which of them exist. */
  public record SummaryView(
      long n,
      String sufficiency,
      Double mean,
      Double sd,
      Double median,
      Map<String, Long> frequencies,
      Map<String, Long> levels,
      Map<String, Double> levelPercents) {}

  static TestView test(Outcome<TTestResult> outcome) {
    return outcome
        .map(
            r ->
                new TestView(
                    true,
                    null,
                    null,
                    r.t(),
                    r.degreesOfFreedom(),
                    r.pValue(),
                    r.meanDifference(),
                    r.mark().symbol()))
        .value()
        .orElseGet(
            () ->
                unavailable(
                    outcome,
                    (reason, why) ->
                        new TestView(false, reason, why, null, null, null, null, null)));
  }

  static EffectView effect(Outcome<EffectSize> outcome) {
    return outcome
        .map(r -> new EffectView(true, null, null, r.d(), r.lower(), r.upper()))
        .value()
        .orElseGet(
            () ->
                unavailable(
                    outcome,
                    (reason, why) -> new EffectView(false, reason, why, null, null, null)));
  }

  static ChiSquareView chiSquare(Outcome<ChiSquareResult> outcome) {
    return outcome
        .map(
            r ->
                new ChiSquareView(
                    true,
                    null,
                    null,
                    r.chiSquare(),
                    r.degreesOfFreedom(),
                    r.pValue(),
                    r.smallestExpectedCount(),
                    r.expectedCountsAdequate(),
                    r.mark().symbol()))
        .value()
        .orElseGet(
            () ->
                unavailable(
                    outcome,
                    (reason, why) ->
                        new ChiSquareView(false, reason, why, null, null, null, null, null, null)));
  }

  static AlphaView alpha(Outcome<Reliability> outcome) {
    return outcome
        .map(r -> new AlphaView(true, null, null, r.alpha(), r.items(), r.respondents()))
        .value()
        .orElseGet(
            () ->
                unavailable(
                    outcome, (reason, why) -> new AlphaView(false, reason, why, null, null, null)));
  }

  static SummaryView summary(ScaleSummary s) {
    Map<String, Long> frequencies = new java.util.LinkedHashMap<>();
    Arrays.stream(ScaleAnswer.values())
        .forEach(a -> frequencies.put(String.valueOf(a.score()), s.frequencies().count(a)));
    Map<String, Long> levels = new java.util.LinkedHashMap<>();
    Map<String, Double> percents = new java.util.LinkedHashMap<>();
    for (SatisfactionLevel level : SatisfactionLevel.values()) {
      String key = level.name().toLowerCase(java.util.Locale.ROOT);
      levels.put(key, s.levels().count(level));
      percents.put(key, boxed(s.levelPercent(level)));
    }
    return new SummaryView(
        s.n(),
        s.sufficiency().name(),
        boxed(s.mean()),
        boxed(s.standardDeviation()),
        boxed(s.median()),
        frequencies,
        levels,
        percents);
  }

  static Double boxed(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }

  private interface Refusal<V> {
    V of(String reason, String explanation);
  }

  private static <V> V unavailable(Outcome<?> outcome, Refusal<V> refusal) {
    Outcome.Unavailable<?> u = (Outcome.Unavailable<?>) outcome;
    return refusal.of(u.reason().name(), u.explanation());
  }

  static <T, R> R mapOrNull(java.util.Optional<T> value, Function<T, R> mapper) {
    return value.map(mapper).orElse(null);
  }
}
