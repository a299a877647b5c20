package kz.kenes.survey.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScaleAnswerTest {

  @ParameterizedTest
  @CsvSource({"0, NO, YES", "1, RATHER_NO, RATHER_YES", "2, RATHER_YES, RATHER_NO", "3, YES, NO"})
  void reverseScoringMirrorsTheScale(int score, ScaleAnswer answer, ScaleAnswer reversed) {
    assertThat(ScaleAnswer.of(score)).isEqualTo(answer);
    assertThat(answer.reversed()).isEqualTo(reversed);
    assertThat(ItemScoring.REVERSED.score(score)).isEqualTo(3 - score);
    assertThat(ItemScoring.DIRECT.score(score)).isEqualTo(score);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 4, 10})
  void rejectsAnswersOffTheScaleNamingTheValue(int score) {
    assertThatThrownBy(() -> ScaleAnswer.of(score))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("not " + score);
  }

  @Test
  void reverseScoringAnAnswerTwiceGivesItBack() {
    for (ScaleAnswer answer : ScaleAnswer.values()) {
      assertThat(answer.reversed().reversed()).isEqualTo(answer);
    }
  }
}
