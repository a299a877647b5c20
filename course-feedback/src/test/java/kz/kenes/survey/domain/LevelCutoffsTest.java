package kz.kenes.survey.domain;

import static kz.kenes.survey.domain.SatisfactionLevel.DISSATISFIED;
import static kz.kenes.survey.domain.SatisfactionLevel.HIGH;
import static kz.kenes.survey.domain.SatisfactionLevel.MEDIUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LevelCutoffsTest {

  @ParameterizedTest
  @CsvSource({
    "3.0, HIGH",
    "2.5, HIGH",
    "2.49, MEDIUM",
    "1.5, MEDIUM",
    "1.49, DISSATISFIED",
    "0.0, DISSATISFIED"
  })
  void defaultCutoffsPutHighFrom2point5AndDissatisfiedBelow1point5(
      double mean, SatisfactionLevel level) {
    assertThat(LevelCutoffs.DEFAULT.classify(mean)).isEqualTo(level);
  }

  @Test
  void classifiesASumOfItemsByItsExactMean() {
    LevelCutoffs cutoffs = new LevelCutoffs(2.3, 1.2);

    assertThat(cutoffs.classify(23, 10)).isEqualTo(HIGH);
    assertThat(cutoffs.classify(22, 10)).isEqualTo(MEDIUM);
    assertThat(cutoffs.classify(12, 10)).isEqualTo(MEDIUM);
    assertThat(cutoffs.classify(11, 10)).isEqualTo(DISSATISFIED);
  }

  @ParameterizedTest
  @CsvSource({
    "3.5, 1.5, the high level must start at or below 3",
    "2.5, 0.0, the dissatisfied level must end above 0",
    "2.0, 2.0, must lie below the high cut-off",
    "1.5, 2.5, must lie below the high cut-off",
    "NaN, 1.5, level cut-offs must be numbers"
  })
  void rejectsCutoffsThatLeaveALevelUnreachable(double high, double dissatisfied, String message) {
    assertThatThrownBy(() -> new LevelCutoffs(high, dissatisfied))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void rejectsMeansOffTheScaleAndEmptyRespondents() {
    assertThatThrownBy(() -> LevelCutoffs.DEFAULT.classify(3.1))
        .hasMessageContaining("between 0 and 3");
    assertThatThrownBy(() -> LevelCutoffs.DEFAULT.classify(Double.NaN))
        .hasMessageContaining("between 0 and 3");
    assertThatThrownBy(() -> LevelCutoffs.DEFAULT.classify(0, 0))
        .hasMessageContaining("at least one answered scale item");
  }
}
