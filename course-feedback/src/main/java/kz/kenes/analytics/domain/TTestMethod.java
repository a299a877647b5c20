package kz.kenes.analytics.domain;

/** The t-tests Kenes runs between a baseline and a follow-up round. */
public enum TTestMethod {
  /** Student's t-test for independent samples with a pooled variance (assumes equal variances). */
  STUDENT,
  /** Welch's t-test for independent samples, Welch–Satterthwaite degrees of freedom. */
  WELCH,
  /** The paired t-test on linked respondents' differences (follow-up − baseline). */
  PAIRED
}
