package kz.kenes.analytics.domain;

import org.apache.commons.math3.stat.descriptive.StatisticalSummary;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * Baseline against follow-up with Student's, Welch's and the paired t-test, from {@link Moments} so
 * that the database supplies only counts and sums. The t statistics and two-sided p-values come
 * from Commons Math's {@link TTest} (its t distribution), fed with summaries built from the
 * moments. Every test needs two values or more per sample and some variance; otherwise it answers
 * {@link Outcome.Unavailable} with the reason (see {@link Outcome.Reason}).
 *
 * <ul>
 *   <li>Student: {@code t = (m2 − m1) / (sp·√(1/n1 + 1/n2))}, {@code sp² = ((n1−1)s1² + (n2−1)s2²)
 *       / (n1+n2−2)}, {@code df = n1 + n2 − 2}.
 *   <li>Welch: {@code t = (m2 − m1) / √(s1²/n1 + s2²/n2)}, {@code df = (s1²/n1 + s2²/n2)² /
 *       ((s1²/n1)²/(n1−1) + (s2²/n2)²/(n2−1))}.
 *   <li>Paired: on differences {@code d = follow-up − baseline} per linked respondent, {@code t =
 *       mean(d) / (sd(d)/√n)}, {@code df = n − 1}.
 * </ul>
 */
public final class TTests {

  private static final TTest COMMONS = new TTest();

  private TTests() {}

  /** Student's t-test with pooled variance; assumes both rounds share one variance. */
  public static Outcome<TTestResult> student(Moments baseline, Moments followUp) {
    return SampleChecks.<TTestResult>checkRounds(baseline, followUp)
        .orElseGet(() -> computeStudent(baseline.toSummary(), followUp.toSummary()));
  }

  /** Welch's t-test; does not assume equal variances. */
  public static Outcome<TTestResult> welch(Moments baseline, Moments followUp) {
    return SampleChecks.<TTestResult>checkRounds(baseline, followUp)
        .orElseGet(() -> computeWelch(baseline, followUp));
  }

  /**
   * The paired t-test from the moments of the differences {@code follow-up − baseline} of
   * respondents linked across the rounds: {@code COUNT(d)}, {@code SUM(d)}, {@code SUM(d * d)}.
   */
  public static Outcome<TTestResult> paired(Moments differences) {
    return SampleChecks.<TTestResult>checkDifferences(differences)
        .orElseGet(() -> computePaired(differences.toSummary()));
  }

  /**
   * The paired t-test on two arrays where position i holds the same respondent in both rounds.
   * Arrays of different lengths cannot pair up and answer {@link Outcome.Reason#MISMATCHED_PAIRS}.
   */
  public static Outcome<TTestResult> paired(double[] baseline, double[] followUp) {
    if (baseline.length != followUp.length) {
      return SampleChecks.explain(
          Outcome.Reason.MISMATCHED_PAIRS,
          "a paired test needs each respondent in both rounds: %d baseline and %d follow-up scores",
          baseline.length,
          followUp.length);
    }
    double[] differences = new double[baseline.length];
    for (int i = 0; i < differences.length; i++) {
      differences[i] = followUp[i] - baseline[i];
    }
    return paired(Moments.of(differences));
  }

  private static Outcome<TTestResult> computeStudent(
      StatisticalSummary baseline, StatisticalSummary followUp) {
    double df = baseline.getN() + followUp.getN() - 2.0;
    return Outcome.available(
        new TTestResult(
            TTestMethod.STUDENT,
            COMMONS.homoscedasticT(followUp, baseline),
            df,
            COMMONS.homoscedasticTTest(followUp, baseline),
            followUp.getMean() - baseline.getMean()));
  }

  private static Outcome<TTestResult> computeWelch(Moments baseline, Moments followUp) {
    StatisticalSummary before = baseline.toSummary();
    StatisticalSummary after = followUp.toSummary();
    return Outcome.available(
        new TTestResult(
            TTestMethod.WELCH,
            COMMONS.t(after, before),
            welchDegreesOfFreedom(baseline, followUp),
            COMMONS.tTest(after, before),
            after.getMean() - before.getMean()));
  }

  private static Outcome<TTestResult> computePaired(StatisticalSummary differences) {
    return Outcome.available(
        new TTestResult(
            TTestMethod.PAIRED,
            COMMONS.t(0, differences),
            differences.getN() - 1.0,
            COMMONS.tTest(0, differences),
            differences.getMean()));
  }

  /** The Welch–Satterthwaite approximation. */
  static double welchDegreesOfFreedom(Moments baseline, Moments followUp) {
    double a = baseline.variance() / baseline.n();
    double b = followUp.variance() / followUp.n();
    return (a + b) * (a + b) / (a * a / (baseline.n() - 1) + b * b / (followUp.n() - 1));
  }
}
