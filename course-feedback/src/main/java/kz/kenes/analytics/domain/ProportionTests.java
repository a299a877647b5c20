package kz.kenes.analytics.domain;

import kz.kenes.survey.domain.SatisfactionLevel;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Compares the share of a group at one satisfaction level between the rounds ("employers at the
 * high level: 2.5% → 7.9%"). Two tests are offered:
 *
 * <ul>
 *   <li>{@link #student}: Student's pooled t-test on each respondent's 0/1 mark of being at the
 *       level, which is what "Student's t-test" on a share computes in SPSS when the level is a 0/1
 *       variable; with {@code p = k/n} the sample variance is {@code n·p(1−p)/(n−1)}, so {@code t =
 *       (p2 − p1) / √(sp²(1/n1 + 1/n2))}, {@code sp² = (n1·p1(1−p1) + n2·p2(1−p2)) / (n1 + n2 −
 *       2)}, {@code df = n1 + n2 − 2}. Kenes's {@link Table2} shows this one.
 *   <li>{@link #twoProportionZ}: the classical pooled two-proportion z-test, {@code z = (p2 − p1) /
 *       √(p(1−p)(1/n1 + 1/n2))} with {@code p = (k1 + k2)/(n1 + n2)}.
 * </ul>
 *
 * For n in the hundreds the two agree within about 1%. The papers' Table 2 does not publish the
 * counts behind its t values, so neither can be checked against it (see docs/analysis.md).
 */
public final class ProportionTests {

  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution();

  private ProportionTests() {}

  /** Student's t-test on the 0/1 mark of being at {@code level}. */
  public static Outcome<TTestResult> student(
      LevelAggregate baseline, LevelAggregate followUp, SatisfactionLevel level) {
    return TTests.student(baseline.membership(level), followUp.membership(level));
  }

  /** The pooled two-proportion z-test at {@code level}. */
  public static Outcome<ZTestResult> twoProportionZ(
      LevelAggregate baseline, LevelAggregate followUp, SatisfactionLevel level) {
    return twoProportionZ(
        baseline.count(level), baseline.total(), followUp.count(level), followUp.total());
  }

  /**
   * The pooled two-proportion z-test of {@code k1} of {@code n1} against {@code k2} of {@code n2}.
   */
  public static Outcome<ZTestResult> twoProportionZ(long k1, long n1, long k2, long n2) {
    Moments baseline = Moments.ofIndicator(k1, n1);
    Moments followUp = Moments.ofIndicator(k2, n2);
    if (baseline.isEmpty() || followUp.isEmpty()) {
      String round = baseline.isEmpty() ? "baseline" : "follow-up";
      return SampleChecks.explain(
          Outcome.Reason.MISSING_ROUND, "no respondents in the %s round", round);
    }
    double pooled = (double) (k1 + k2) / (n1 + n2);
    if (pooled == 0 || pooled == 1) {
      return SampleChecks.explain(
          Outcome.Reason.NO_VARIANCE,
          "the share is %.0f%% in both rounds: no spread and no difference",
          100 * pooled);
    }
    double standardError = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
    double z = (followUp.mean() - baseline.mean()) / standardError;
    return Outcome.available(
        new ZTestResult(z, 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z))));
  }
}
