package kz.kenes.analytics.domain;

import static kz.kenes.survey.domain.SatisfactionLevel.DISSATISFIED;
import static kz.kenes.survey.domain.SatisfactionLevel.MEDIUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChiSquareLevelsTest {

  @Test
  void aLevelNobodyReachedIsLeftOutOfTheTable() {
    // scipy.stats.chi2_contingency([[10, 30], [25, 15]], correction=False): 11.428571428571429,
    // p = 0.0007232327164301936, smallest expected 17.5
    ChiSquareResult result =
        ChiSquare.testLevels(new LevelAggregate(0, 10, 30), new LevelAggregate(0, 25, 15))
            .orElseThrow();

    assertThat(result.levelsCompared()).containsExactly(MEDIUM, DISSATISFIED);
    assertThat(result.degreesOfFreedom()).isEqualTo(1);
    assertThat(result.chiSquare()).isCloseTo(11.428571428571429, within(1e-9));
    assertThat(result.pValue()).isCloseTo(0.0007232327164301936, within(1e-9));
    assertThat(result.smallestExpectedCount()).isCloseTo(17.5, within(1e-12));
    assertThat(result.expectedCountsAdequate()).isTrue();
    assertThat(result.mark()).isEqualTo(SignificanceMark.BELOW_1_PERCENT);
  }

  @Test
  void everyoneAtOneLevelLeavesNothingToCompare() {
    Outcome<ChiSquareResult> outcome =
        ChiSquare.testLevels(new LevelAggregate(4, 0, 0), new LevelAggregate(7, 0, 0));

    assertThat(outcome.whyUnavailable()).hasValue(Outcome.Reason.TOO_FEW_LEVELS);
    assertThat(((Outcome.Unavailable<?>) outcome).explanation()).contains("at the high level");
  }

  @Test
  void aMissingRoundIsNotTested() {
    for (Outcome<ChiSquareResult> outcome :
        List.of(
            ChiSquare.testLevels(LevelAggregate.EMPTY, new LevelAggregate(1, 2, 3)),
            ChiSquare.testLevels(new LevelAggregate(1, 2, 3), LevelAggregate.EMPTY))) {
      assertThat(outcome.whyUnavailable()).hasValue(Outcome.Reason.MISSING_ROUND);
    }
  }
}
