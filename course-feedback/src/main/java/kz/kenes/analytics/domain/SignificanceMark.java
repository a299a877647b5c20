package kz.kenes.analytics.domain;

/**
 * The papers' marks beside a test statistic: {@code *} when the two-sided p is below 0.05 and
 * {@code **} when it is below 0.01.
 */
public enum SignificanceMark {
  NONE(""),
  BELOW_5_PERCENT("*"),
  BELOW_1_PERCENT("**");

  private final String symbol;

  SignificanceMark(String symbol) {
    this.symbol = symbol;
  }

  /** The mark for a two-sided p-value. */
  public static SignificanceMark of(double pValue) {
    if (!(pValue >= 0 && pValue <= 1)) {
      throw new IllegalArgumentException("a p-value lies between 0 and 1, not " + pValue);
    }
    if (pValue < 0.01) {
      return BELOW_1_PERCENT;
    }
    return pValue < 0.05 ? BELOW_5_PERCENT : NONE;
  }

  /** {@code ""}, {@code "*"} or {@code "**"}. */
  public String symbol() {
    return symbol;
  }
}
