package kz.kenes.analytics.domain;

/**
 * A scale's internal consistency in one group and round.
 *
 * @param alpha Cronbach's alpha; at most 1, negative when items covary negatively
 * @param items the number of items in the scale
 * @param respondents the respondents who answered every item
 */
public record Reliability(double alpha, int items, long respondents) {

  public Reliability {
    if (!Double.isFinite(alpha) || alpha > 1 + 1e-12) {
      throw new IllegalArgumentException("Cronbach's alpha is a finite number <= 1, not " + alpha);
    }
  }
}
