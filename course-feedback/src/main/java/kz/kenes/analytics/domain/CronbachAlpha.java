package kz.kenes.analytics.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * Cronbach's alpha, the internal consistency of a scale: {@code α = k/(k−1) · (1 − Σ s_i² / s_T²)},
 * k items, s_i² the sample variance of item i and s_T² that of the respondents' total scores, all
 * with divisor {@code n − 1} (the divisor cancels). Computed over respondents who answered every
 * item (listwise). Needs two items, two respondents and a total score that varies.
 */
public final class CronbachAlpha {

  private CronbachAlpha() {}

  /** Alpha from the aggregates the database computes. */
  public static Outcome<Reliability> of(ReliabilityAggregate aggregate) {
    Moments total = aggregate.total();
    return check(aggregate)
        .orElseGet(
            () ->
                alpha(
                    aggregate.items().size(),
                    total.n(),
                    aggregate.items().stream().mapToDouble(Moments::variance).sum(),
                    total.variance()));
  }

  /**
   * Alpha from a complete matrix of scored answers, one row per respondent, with Commons Math's
   * {@link Variance} on the columns: a second route to the same number, for tests.
   */
  public static Outcome<Reliability> of(int[][] scoredAnswers) {
    return check(ReliabilityAggregate.ofScoredAnswers(scoredAnswers))
        .orElseGet(() -> alphaOfMatrix(scoredAnswers));
  }

  private static Outcome<Reliability> alphaOfMatrix(int[][] scoredAnswers) {
    Variance variance = new Variance();
    int k = scoredAnswers[0].length;
    double itemVariances =
        IntStream.range(0, k).mapToDouble(i -> variance.evaluate(column(scoredAnswers, i))).sum();
    double[] totals =
        Arrays.stream(scoredAnswers).mapToDouble(row -> Arrays.stream(row).sum()).toArray();
    return alpha(k, totals.length, itemVariances, variance.evaluate(totals));
  }

  private static double[] column(int[][] matrix, int index) {
    return Arrays.stream(matrix).mapToDouble(row -> row[index]).toArray();
  }

  private static Optional<Outcome<Reliability>> check(ReliabilityAggregate aggregate) {
    int k = aggregate.items().size();
    Moments total = aggregate.total();
    if (k < 2) {
      return SampleChecks.unavailable(
          Outcome.Reason.TOO_FEW_ITEMS, "alpha needs at least 2 items, the scale has %d", k);
    }
    for (int i = 0; i < k; i++) {
      long answers = aggregate.items().get(i).n();
      if (answers != total.n()) {
        return SampleChecks.unavailable(
            Outcome.Reason.INCOMPLETE_RESPONSES,
            "alpha needs every respondent to answer every item: item %d has %d answers, the total"
                + " score %d",
            i + 1,
            answers,
            total.n());
      }
    }
    return checkSpread(total);
  }

  private static Optional<Outcome<Reliability>> checkSpread(Moments total) {
    if (total.n() < 2) {
      return SampleChecks.unavailable(
          Outcome.Reason.INSUFFICIENT_DATA,
          "alpha needs at least 2 respondents, has %d",
          total.n());
    }
    if (total.hasNoSpread()) {
      return SampleChecks.unavailable(
          Outcome.Reason.NO_VARIANCE,
          "every respondent has the same total score (%.2f): alpha is undefined",
          total.mean());
    }
    return Optional.empty();
  }

  private static Outcome<Reliability> alpha(
      int k, long n, double itemVariances, double totalVariance) {
    double alpha = k / (k - 1.0) * (1 - itemVariances / totalVariance);
    return Outcome.available(new Reliability(alpha, k, n));
  }
}
