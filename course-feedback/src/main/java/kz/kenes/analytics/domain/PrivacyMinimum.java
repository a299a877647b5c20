package kz.kenes.analytics.domain;

/**
 * The fewest respondents a breakdown of module feedback is shown for (docs/module-feedback.md,
 * "Privacy minimum"): with fewer, an item's distribution, the level shares, the open answers or a
 * version comparison could point at one person, so the report withholds them and says why. The
 * count n itself is always shown.
 *
 * @param respondents at least 1; {@link #DEFAULT} is 5
 */
public record PrivacyMinimum(int respondents) {

  /** The minimum unless configured otherwise ({@code kenes.module-feedback.min-respondents}). */
  public static final PrivacyMinimum DEFAULT = new PrivacyMinimum(5);

  public PrivacyMinimum {
    if (respondents < 1) {
      throw new IllegalArgumentException("the privacy minimum is at least 1 respondent");
    }
  }

  /** Whether a breakdown of {@code n} respondents may be shown. */
  public boolean shows(long n) {
    return n >= respondents;
  }
}
