package kz.kenes.analytics.domain;

import static kz.kenes.analytics.domain.Responses.responses;
import static kz.kenes.survey.domain.ItemScoring.DIRECT;
import static kz.kenes.survey.domain.ItemScoring.REVERSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.kenes.survey.domain.LevelCutoffs;
import kz.kenes.survey.domain.SatisfactionLevel;
import org.junit.jupiter.api.Test;

class ScaleSummaryTest {

  @Test
  void noRespondentsGiveInsufficientDataAndNoStatistics() {
    ScaleSummary summary = ScaleSummary.describe(ScaleAggregate.EMPTY, LevelAggregate.EMPTY);

    assertThat(summary.sufficiency()).isEqualTo(ScaleSummary.Sufficiency.NO_DATA);
    assertThat(summary.n()).isZero();
    assertThat(summary.mean()).isEmpty();
    assertThat(summary.standardDeviation()).isEmpty();
    assertThat(summary.median()).isEmpty();
    assertThat(summary.levelPercent(SatisfactionLevel.HIGH)).isEmpty();
    assertThat(summary.frequencies().total()).isZero();
  }

  @Test
  void oneRespondentGivesAMeanAndAMedianButNoStandardDeviation() {
    Responses one = responses(DIRECT, DIRECT).respondent(3, 2);

    ScaleSummary summary = ScaleSummary.describe(one.aggregate(), one.levels());

    assertThat(summary.sufficiency()).isEqualTo(ScaleSummary.Sufficiency.MEAN_ONLY);
    assertThat(summary.mean()).hasValue(2.5);
    assertThat(summary.median()).hasValue(2.5);
    assertThat(summary.standardDeviation()).isEmpty();
    assertThat(summary.levelPercent(SatisfactionLevel.HIGH)).hasValue(100.0);
  }

  @Test
  void allAnswersEqualGiveZeroStandardDeviation() {
    Responses same = responses(DIRECT, DIRECT).respondent(2, 2).respondent(2, 2).respondent(2, 2);

    ScaleSummary summary = ScaleSummary.describe(same.aggregate(), same.levels());

    assertThat(summary.sufficiency()).isEqualTo(ScaleSummary.Sufficiency.COMPLETE);
    assertThat(summary.mean()).hasValue(2.0);
    assertThat(summary.standardDeviation()).hasValue(0.0);
    assertThat(summary.frequencies()).isEqualTo(new AnswerCounts(0, 0, 6, 0));
    assertThat(summary.levels()).isEqualTo(new LevelAggregate(0, 3, 0));
  }

  @Test
  void reverseScoredItemsCountMirrored() {
    Responses mixed = responses(DIRECT, REVERSED).respondent(3, 0).respondent(0, 3);

    ScaleSummary summary = ScaleSummary.describe(mixed.aggregate(), mixed.levels());

    assertThat(summary.frequencies()).isEqualTo(new AnswerCounts(2, 0, 0, 2));
    assertThat(summary.levels()).isEqualTo(new LevelAggregate(1, 0, 1));
  }

  @Test
  void anItemIsSummarisedFromItsCountsWithEachAnswerAtItsLevel() {
    ScaleSummary item =
        ScaleSummary.describeItem(new AnswerCounts(1, 2, 3, 4), LevelCutoffs.DEFAULT);

    assertThat(item.n()).isEqualTo(10);
    assertThat(item.mean()).hasValue(2.0);
    assertThat(item.levels()).isEqualTo(new LevelAggregate(4, 3, 3));
  }

  @Test
  void rejectsRespondentsWithTheWrongNumberOfAnswers() {
    assertThatThrownBy(() -> responses(DIRECT, DIRECT).respondent(1).aggregate())
        .hasMessage("each respondent needs one answer per item: 1 answers for 2 items");
  }
}
