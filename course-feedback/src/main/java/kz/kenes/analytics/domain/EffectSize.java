package kz.kenes.analytics.domain;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Cohen's d for a before/after difference, with its 95% confidence interval: {@code d = (m2 − m1) /
 * sp}, sp the pooled standard deviation of Student's t-test. The interval is {@code d ± z·SE} with
 * the usual large-sample standard error {@code SE = √((n1+n2)/(n1·n2) + d²/(2(n1+n2)))} and the
 * standard normal quantile {@code z = 1.959964…} (not a t quantile), as in Hedges and Olkin (1985).
 * No small-sample correction (Hedges' g) is applied.
 *
 * @param d the standardized mean difference, positive when the follow-up mean is higher
 * @param lower lower bound of the 95% confidence interval
 * @param upper upper bound of the 95% confidence interval
 */
public record EffectSize(double d, double lower, double upper) {

  /** The confidence level of the interval. */
  public static final double CONFIDENCE = 0.95;

  private static final double Z =
      new NormalDistribution().inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);

  public EffectSize {
    if (!Double.isFinite(d) || !(lower <= d && d <= upper)) {
      throw new IllegalArgumentException(
          "an effect size lies within its interval: " + lower + " <= " + d + " <= " + upper);
    }
  }

  /**
   * Cohen's d between two independent rounds. Needs two values or more in each round and some
   * variance, as Student's t-test does.
   */
  public static Outcome<EffectSize> cohensD(Moments baseline, Moments followUp) {
    return SampleChecks.<EffectSize>checkRounds(baseline, followUp)
        .orElseGet(() -> Outcome.available(compute(baseline, followUp)));
  }

  private static EffectSize compute(Moments baseline, Moments followUp) {
    double n1 = baseline.n();
    double n2 = followUp.n();
    double pooledVariance =
        ((n1 - 1) * baseline.variance() + (n2 - 1) * followUp.variance()) / (n1 + n2 - 2);
    double d = (followUp.mean() - baseline.mean()) / Math.sqrt(pooledVariance);
    double standardError = Math.sqrt((n1 + n2) / (n1 * n2) + d * d / (2 * (n1 + n2)));
    return new EffectSize(d, d - Z * standardError, d + Z * standardError);
  }
}
