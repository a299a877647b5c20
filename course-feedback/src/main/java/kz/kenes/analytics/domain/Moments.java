package kz.kenes.analytics.domain;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.StatisticalSummary;
import org.apache.commons.math3.stat.descriptive.StatisticalSummaryValues;

/**
 * A sample reduced to what a database computes in one {@code GROUP BY}: {@code COUNT(x)}, {@code
 * SUM(x)} and {@code SUM(x * x)}. The mean and the sample variance (divisor {@code n - 1}) follow
 * exactly, so no statistic here needs the answers themselves. The values may be respondents' scale
 * scores, the differences between a linked respondent's two rounds, an item's answers, or a 0/1
 * mark of membership in a satisfaction level.
 *
 * @param n the number of values
 * @param sum their sum
 * @param sumOfSquares the sum of their squares
 */
public record Moments(long n, double sum, double sumOfSquares) {

  /** No values: the aggregate of a group that did not answer. */
  public static final Moments EMPTY = new Moments(0, 0, 0);

  /** Centered sums of squares below this fraction of the raw sum of squares are rounding noise. */
  private static final double ROUNDING = 1e-12;

  public Moments {
    if (n < 0 || !Double.isFinite(sum) || !Double.isFinite(sumOfSquares) || sumOfSquares < 0) {
      throw new IllegalArgumentException(
          "moments need n >= 0 and finite sums with a non-negative sum of squares: " + n);
    }
    if (n == 0 && (sum != 0 || sumOfSquares != 0)) {
      throw new IllegalArgumentException("an empty sample has zero sums");
    }
    if (sum * sum > n * sumOfSquares * (1 + 1e-9) + 1e-9) {
      throw new IllegalArgumentException(
          "inconsistent moments: sum " + sum + " squared exceeds n x sum of squares");
    }
  }

  /** The moments of the given values. */
  public static Moments of(double... values) {
    return new Moments(
        values.length, Arrays.stream(values).sum(), Arrays.stream(values).map(v -> v * v).sum());
  }

  /**
   * The moments of a 0/1 mark set for {@code members} of {@code n} values: sum = sum of squares.
   */
  public static Moments ofIndicator(long members, long n) {
    if (members < 0 || members > n) {
      throw new IllegalArgumentException(members + " members cannot be counted among " + n);
    }
    return new Moments(n, members, members);
  }

  /** The moments of both samples together. */
  public Moments plus(Moments other) {
    return new Moments(n + other.n, sum + other.sum, sumOfSquares + other.sumOfSquares);
  }

  public boolean isEmpty() {
    return n == 0;
  }

  /** The arithmetic mean; an {@link IllegalStateException} for an empty sample. */
  public double mean() {
    if (n == 0) {
      throw new IllegalStateException("an empty sample has no mean");
    }
    return sum / n;
  }

  /**
   * The sample variance {@code (sumOfSquares - sum²/n) / (n - 1)}, exactly 0 when the values are
   * all equal up to rounding; an {@link IllegalStateException} below two values.
   */
  public double variance() {
    if (n < 2) {
      throw new IllegalStateException("a variance needs at least two values, not " + n);
    }
    double centered = sumOfSquares - sum * sum / n;
    return centered <= ROUNDING * sumOfSquares ? 0 : centered / (n - 1);
  }

  public double standardDeviation() {
    return Math.sqrt(variance());
  }

  /** True when there are two values or more and they are all equal. */
  public boolean hasNoSpread() {
    return n >= 2 && variance() == 0;
  }

  /** The summary Commons Math's tests read: n, mean, variance and sum (min and max unused). */
  StatisticalSummary toSummary() {
    return new StatisticalSummaryValues(mean(), variance(), n, Double.NaN, Double.NaN, sum);
  }
}
