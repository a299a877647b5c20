package kz.kenes.analytics.domain;

import java.util.List;
import kz.kenes.survey.domain.SatisfactionLevel;

/**
 * A chi-square test of independence between round and satisfaction level: whether the shares of
 * respondents at the levels differ between baseline and follow-up.
 *
 * @param chiSquare Pearson's statistic, no continuity correction
 * @param degreesOfFreedom (rounds − 1) × (levels compared − 1)
 * @param pValue upper tail of the chi-square distribution
 * @param smallestExpectedCount the smallest expected cell count under independence
 * @param levelsCompared the levels with respondents in at least one round (empty ones are left out)
 */
public record ChiSquareResult(
    double chiSquare,
    int degreesOfFreedom,
    double pValue,
    double smallestExpectedCount,
    List<SatisfactionLevel> levelsCompared) {

  /** The usual rule of thumb for the chi-square approximation. */
  public static final double ADEQUATE_EXPECTED_COUNT = 5;

  public ChiSquareResult {
    levelsCompared = List.copyOf(levelsCompared);
  }

  public SignificanceMark mark() {
    return SignificanceMark.of(pValue);
  }

  /** False when some expected count is below 5 and the p-value is only approximate. */
  public boolean expectedCountsAdequate() {
    return smallestExpectedCount >= ADEQUATE_EXPECTED_COUNT;
  }
}
