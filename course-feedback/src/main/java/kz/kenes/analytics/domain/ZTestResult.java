package kz.kenes.analytics.domain;

/**
 * A z-test of follow-up against baseline, signed so that a positive z means the follow-up value is
 * higher; the p-value is two-sided from the standard normal distribution.
 *
 * @param z the z statistic
 * @param pValue {@code 2·(1 − Φ(|z|))}
 */
public record ZTestResult(double z, double pValue) {

  public ZTestResult {
    if (!Double.isFinite(z) || !(pValue >= 0 && pValue <= 1)) {
      throw new IllegalArgumentException("a z-test needs a finite z and p in [0, 1]: " + z);
    }
  }

  public SignificanceMark mark() {
    return SignificanceMark.of(pValue);
  }
}
