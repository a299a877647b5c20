package kz.kenes.analytics.domain;

import static kz.kenes.survey.domain.SatisfactionLevel.HIGH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ProportionTestsTest {

  @Test
  void studentsTOnTheLevelMarkIsTheTTestOfZerosAndOnes() {
    // scipy.stats.ttest_ind(14 ones + 86 zeros, 5 ones + 95 zeros):
    // t = 2.1854192222296867, p = 0.03003154900515788, df = 198
    TTestResult t =
        ProportionTests.student(new LevelAggregate(5, 50, 45), new LevelAggregate(14, 46, 40), HIGH)
            .orElseThrow();

    assertThat(t.t()).isCloseTo(2.1854192222296867, within(1e-9));
    assertThat(t.pValue()).isCloseTo(0.03003154900515788, within(1e-9));
    assertThat(t.degreesOfFreedom()).isEqualTo(198);
    assertThat(t.mark()).isEqualTo(SignificanceMark.BELOW_5_PERCENT);
  }

  @Test
  void zTestUsesThePooledShare() {
    // p = 19/200, SE = sqrt(p(1-p)(2/100)), z = 0.09 / SE
    double pooled = 19 / 200.0;
    double expected = 0.09 / Math.sqrt(pooled * (1 - pooled) * 0.02);

    ZTestResult z = ProportionTests.twoProportionZ(5, 100, 14, 100).orElseThrow();

    assertThat(z.z()).isCloseTo(expected, within(1e-12));
    assertThat(z.mark()).isEqualTo(SignificanceMark.BELOW_5_PERCENT);
  }

  @Test
  void forHundredsOfRespondentsTAndZAgreeWithinOnePercent() {
    LevelAggregate before = new LevelAggregate(6, 150, 63);
    LevelAggregate after = new LevelAggregate(17, 140, 62);

    double t = ProportionTests.student(before, after, HIGH).orElseThrow().t();
    double z = ProportionTests.twoProportionZ(before, after, HIGH).orElseThrow().z();

    assertThat(t / z).isCloseTo(1.0, within(0.01));
  }

  @Test
  void nobodyAtTheLevelInEitherRoundLeavesBothTestsUndefined() {
    LevelAggregate before = new LevelAggregate(0, 3, 4);
    LevelAggregate after = new LevelAggregate(0, 5, 1);

    assertThat(ProportionTests.student(before, after, HIGH).whyUnavailable())
        .hasValue(Outcome.Reason.NO_VARIANCE);
    assertThat(ProportionTests.twoProportionZ(before, after, HIGH).whyUnavailable())
        .hasValue(Outcome.Reason.NO_VARIANCE);
  }

  @Test
  void fromNobodyToEverybodyTheZTestStillAnswersButTDoesNot() {
    LevelAggregate before = new LevelAggregate(0, 5, 0);
    LevelAggregate after = new LevelAggregate(5, 0, 0);

    assertThat(ProportionTests.student(before, after, HIGH).whyUnavailable())
        .hasValue(Outcome.Reason.NO_VARIANCE_MEANS_DIFFER);
    assertThat(ProportionTests.twoProportionZ(before, after, HIGH).orElseThrow().z())
        .isCloseTo(Math.sqrt(10), within(1e-12));
  }

  @Test
  void aMissingRoundIsNotCompared() {
    assertThat(ProportionTests.twoProportionZ(0, 0, 3, 10).whyUnavailable())
        .hasValue(Outcome.Reason.MISSING_ROUND);
    assertThatThrownBy(() -> ProportionTests.twoProportionZ(4, 3, 3, 10))
        .hasMessage("4 members cannot be counted among 3");
  }
}
