package kz.kenes.analytics.domain;

/**
 * A t-test of follow-up against baseline: the statistic is signed so that a positive t means the
 * follow-up mean is higher (the papers print |t|). The p-value is two-sided.
 *
 * @param method which t-test
 * @param t the t statistic, (follow-up − baseline) / standard error
 * @param degreesOfFreedom n1 + n2 − 2 (Student), Welch–Satterthwaite (Welch) or pairs − 1 (paired)
 * @param pValue two-sided p from Student's t distribution with these degrees of freedom
 * @param meanDifference follow-up mean minus baseline mean (mean of the paired differences)
 */
public record TTestResult(
    TTestMethod method, double t, double degreesOfFreedom, double pValue, double meanDifference) {

  public TTestResult {
    if (!Double.isFinite(t) || !(degreesOfFreedom > 0) || !(pValue >= 0 && pValue <= 1)) {
      throw new IllegalArgumentException(
          "a t-test result needs a finite t, positive df and p in [0, 1]: t="
              + t
              + " df="
              + degreesOfFreedom
              + " p="
              + pValue);
    }
  }

  public SignificanceMark mark() {
    return SignificanceMark.of(pValue);
  }
}
