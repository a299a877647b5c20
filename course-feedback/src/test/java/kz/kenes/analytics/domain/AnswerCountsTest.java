package kz.kenes.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import kz.kenes.survey.domain.ScaleAnswer;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerCountsTest {

  @ParameterizedTest(name = "counts {0}/{1}/{2}/{3} have median {4}")
  @CsvSource({
    "1, 0, 0, 0, 0.0",
    "0, 0, 0, 5, 3.0",
    "1, 1, 0, 0, 0.5",
    "2, 0, 0, 2, 1.5",
    "1, 1, 1, 0, 1.0",
    "4, 19, 15, 2, 1.0",
    "0, 8, 25, 15, 2.0",
    "3, 0, 0, 4, 3.0"
  })
  void medianIsTheMiddleAnswerOrTheMeanOfTheTwoMiddleOnes(
      long no, long ratherNo, long ratherYes, long yes, double median) {
    assertThat(new AnswerCounts(no, ratherNo, ratherYes, yes).median()).hasValue(median);
  }

  @Test
  void frequenciesPercentagesAndMomentsFollowFromTheCounts() {
    int[] answers = {0, 1, 1, 2, 2, 2, 3, 3, 3, 3};
    AnswerCounts counts = AnswerCounts.of(answers);
    DescriptiveStatistics reference = new DescriptiveStatistics();
    for (int answer : answers) {
      reference.addValue(answer);
    }

    assertThat(counts).isEqualTo(AnswerCounts.ofCounts(1, 2, 3, 4));
    assertThat(counts.total()).isEqualTo(10);
    assertThat(counts.percent(ScaleAnswer.YES)).hasValue(40.0);
    assertThat(counts.median().getAsDouble()).isEqualTo(reference.getPercentile(50));
    assertThat(counts.moments().mean()).isCloseTo(reference.getMean(), within(1e-12));
    assertThat(counts.moments().variance()).isCloseTo(reference.getVariance(), within(1e-12));
  }

  @Test
  void noAnswersHaveNoPercentagesAndNoMedian() {
    assertThat(AnswerCounts.EMPTY.median()).isEmpty();
    assertThat(AnswerCounts.EMPTY.percent(ScaleAnswer.NO)).isEmpty();
    assertThat(AnswerCounts.EMPTY.moments()).isEqualTo(Moments.EMPTY);
  }

  @Test
  void rejectsNegativeCountsAndTablesOfTheWrongSize() {
    assertThatThrownBy(() -> new AnswerCounts(0, -1, 0, 0))
        .hasMessage("answer counts cannot be negative");
    assertThatThrownBy(() -> AnswerCounts.ofCounts(1, 2, 3))
        .hasMessage("four counts are needed, one per answer 0..3");
    assertThatThrownBy(() -> AnswerCounts.of(1, 4)).hasMessageEndingWith("not 4");
  }
}
