package kz.kenes.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CronbachAlphaTest {

  @Test
  void identicalItemsArePerfectlyConsistent() {
    int[][] answers = {{0, 0, 0}, {1, 1, 1}, {3, 3, 3}, {2, 2, 2}};

    assertThat(CronbachAlpha.of(answers).orElseThrow().alpha()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void itemsThatContradictEachOtherGiveANegativeAlpha() {
    int[][] answers = {{0, 3}, {3, 0}, {1, 1}, {2, 2}};

    assertThat(CronbachAlpha.of(answers).orElseThrow().alpha()).isNegative();
  }

  @Test
  void aggregatesAndMatrixAgreeAndReportTheirSize() {
    int[][] answers = {{0, 1, 1}, {1, 1, 2}, {3, 2, 3}, {2, 2, 1}, {1, 0, 1}};

    Reliability fromAggregates =
        CronbachAlpha.of(ReliabilityAggregate.ofScoredAnswers(answers)).orElseThrow();

    assertThat(fromAggregates.alpha())
        .isCloseTo(CronbachAlpha.of(answers).orElseThrow().alpha(), within(1e-12));
    assertThat(fromAggregates.items()).isEqualTo(3);
    assertThat(fromAggregates.respondents()).isEqualTo(5);
  }

  @Test
  void aSingleItemHasNoInternalConsistency() {
    assertThat(CronbachAlpha.of(new int[][] {{1}, {2}, {3}}).whyUnavailable())
        .hasValue(Outcome.Reason.TOO_FEW_ITEMS);
  }

  @Test
  void incompleteResponsesAreRefusedNamingTheItem() {
    ReliabilityAggregate incomplete =
        new ReliabilityAggregate(
            List.of(Moments.of(1, 2, 3), Moments.of(1, 2)), Moments.of(2, 4, 5));

    Outcome<Reliability> outcome = CronbachAlpha.of(incomplete);

    assertThat(outcome.whyUnavailable()).hasValue(Outcome.Reason.INCOMPLETE_RESPONSES);
    assertThat(((Outcome.Unavailable<?>) outcome).explanation())
        .contains("item 2 has 2 answers, the total score 3");
  }

  @Test
  void oneRespondentOrEqualTotalsLeaveAlphaUndefined() {
    assertThat(CronbachAlpha.of(new int[][] {{1, 2}}).whyUnavailable())
        .hasValue(Outcome.Reason.INSUFFICIENT_DATA);
    assertThat(CronbachAlpha.of(new int[][] {{1, 2}, {2, 1}, {3, 0}}).whyUnavailable())
        .hasValue(Outcome.Reason.NO_VARIANCE);
    assertThat(CronbachAlpha.of(new int[0][]).whyUnavailable())
        .hasValue(Outcome.Reason.TOO_FEW_ITEMS);
  }
}
