package kz.kenes.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import kz.kenes.survey.domain.SatisfactionLevel;
import org.junit.jupiter.api.Test;

class GroupComparisonTest {

  @Test
  void comparesScoresLevelsAndEachLevelShare() {
    GroupComparison comparison =
        GroupComparison.compare(
            "employers",
            Moments.of(1, 1.5, 0.75, 2, 1.25),
            new LevelAggregate(0, 3, 2),
            Moments.of(2, 2.5, 1.75, 3, 2.25),
            new LevelAggregate(3, 2, 0));

    assertThat(comparison.student().orElseThrow().method()).isEqualTo(TTestMethod.STUDENT);
    assertThat(comparison.welch().orElseThrow().method()).isEqualTo(TTestMethod.WELCH);
    assertThat(comparison.effectSize().orElseThrow().d()).isPositive();
    assertThat(comparison.levels().orElseThrow().degreesOfFreedom()).isEqualTo(2);
    assertThat(comparison.levelShares())
        .extracting(LevelShareComparison::level)
        .containsExactly(SatisfactionLevel.values());
  }

  @Test
  void aGroupMissingFromTheBaselineIsComparedNowhere() {
    GroupComparison comparison =
        GroupComparison.compare(
            "applicants",
            Moments.EMPTY,
            LevelAggregate.EMPTY,
            Moments.of(2, 3),
            new LevelAggregate(1, 1, 0));

    assertThat(comparison.student().whyUnavailable()).hasValue(Outcome.Reason.MISSING_ROUND);
    assertThat(comparison.welch().whyUnavailable()).hasValue(Outcome.Reason.MISSING_ROUND);
    assertThat(comparison.effectSize().whyUnavailable()).hasValue(Outcome.Reason.MISSING_ROUND);
    assertThat(comparison.levels().whyUnavailable()).hasValue(Outcome.Reason.MISSING_ROUND);
    assertThat(comparison.levelShares())
        .allSatisfy(
            share -> {
              assertThat(share.baselinePercent()).isEmpty();
              assertThat(share.studentT().whyUnavailable()).hasValue(Outcome.Reason.MISSING_ROUND);
              assertThat(share.twoProportionZ().whyUnavailable())
                  .hasValue(Outcome.Reason.MISSING_ROUND);
            });
  }
}
