package kz.kenes.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TTestsTest {

  private static final TTest RAW = new TTest();

  @Test
  void aggregatesGiveWhatCommonsMathComputesFromTheRawAnswers() {
    Random random = new Random(42);
    double[] before = random.ints(40, 0, 4).asDoubleStream().toArray();
    double[] after = random.ints(55, 1, 4).asDoubleStream().toArray();
    Moments baseline = Moments.of(before);
    Moments followUp = Moments.of(after);

    assertThat(TTests.student(baseline, followUp).orElseThrow().t())
        .isCloseTo(RAW.homoscedasticT(after, before), within(1e-9));
    assertThat(TTests.student(baseline, followUp).orElseThrow().pValue())
        .isCloseTo(RAW.homoscedasticTTest(after, before), within(1e-9));
    assertThat(TTests.welch(baseline, followUp).orElseThrow().t())
        .isCloseTo(RAW.t(after, before), within(1e-9));
    assertThat(TTests.welch(baseline, followUp).orElseThrow().pValue())
        .isCloseTo(RAW.tTest(after, before), within(1e-9));
  }

  @Test
  void pairedAggregatesGiveWhatCommonsMathComputesFromThePairs() {
    double[] before = {1, 2, 0.5, 2.25, 1.75, 3};
    double[] after = {2, 2.5, 1.5, 2, 2.75, 3};

    TTestResult paired = TTests.paired(before, after).orElseThrow();

    assertThat(paired.method()).isEqualTo(TTestMethod.PAIRED);
    assertThat(paired.t()).isCloseTo(RAW.pairedT(after, before), within(1e-9));
    assertThat(paired.pValue()).isCloseTo(RAW.pairedTTest(after, before), within(1e-9));
    assertThat(paired.degreesOfFreedom()).isEqualTo(5);
  }

  @Test
  void tIsPositiveWhenTheFollowUpMeanIsHigher() {
    Moments low = Moments.of(1, 2, 1, 2);
    Moments high = Moments.of(2, 3, 2, 3);

    assertThat(TTests.student(low, high).orElseThrow().t()).isPositive();
    assertThat(TTests.student(high, low).orElseThrow().t()).isNegative();
    assertThat(TTests.welch(low, high).orElseThrow().meanDifference()).isEqualTo(1.0);
  }

  @ParameterizedTest(name = "{0} then {1}: {2}")
  @CsvSource({
    "0, 5, MISSING_ROUND, no answers in the baseline round",
    "5, 0, MISSING_ROUND, no answers in the follow-up round",
    "1, 5, INSUFFICIENT_DATA, has 1 (baseline) and 5 (follow-up)",
    "5, 1, INSUFFICIENT_DATA, has 5 (baseline) and 1 (follow-up)"
  })
  void roundsWithoutEnoughAnswersAreNotCompared(
      int baselineN, int followUpN, Outcome.Reason reason, String explanation) {
    Moments baseline = Moments.of(values(baselineN));
    Moments followUp = Moments.of(values(followUpN));

    for (Outcome<?> outcome :
        new Outcome<?>[] {
          TTests.student(baseline, followUp),
          TTests.welch(baseline, followUp),
          EffectSize.cohensD(baseline, followUp)
        }) {
      assertThat(outcome.whyUnavailable()).hasValue(reason);
      assertThat(((Outcome.Unavailable<?>) outcome).explanation()).contains(explanation);
    }
  }

  @Test
  void noSpreadAndNoDifferenceLeavesTUndefined() {
    Outcome<TTestResult> outcome = TTests.student(Moments.of(2, 2, 2), Moments.of(2, 2));

    assertThat(outcome.whyUnavailable()).hasValue(Outcome.Reason.NO_VARIANCE);
    assertThat(((Outcome.Unavailable<?>) outcome).explanation())
        .isEqualTo(
            "every value in both rounds is 2.00: no spread and no difference, so t is undefined");
  }

  @Test
  void noSpreadWithDifferentMeansSaysTheMeansDiffer() {
    Outcome<TTestResult> outcome = TTests.welch(Moments.of(1, 1, 1), Moments.of(2, 2));

    assertThat(outcome.whyUnavailable()).hasValue(Outcome.Reason.NO_VARIANCE_MEANS_DIFFER);
    assertThat(((Outcome.Unavailable<?>) outcome).explanation())
        .contains("every baseline value is 1.00 and every follow-up value 2.00")
        .contains("the means differ by +1.00");
  }

  @Test
  void noSpreadInOneRoundOnlyIsStillTested() {
    Moments constant = Moments.of(2, 2, 2, 2);
    Moments varied = Moments.of(1, 2, 3, 3);

    assertThat(TTests.student(constant, varied).isAvailable()).isTrue();
    TTestResult welch = TTests.welch(constant, varied).orElseThrow();
    assertThat(welch.degreesOfFreedom()).isCloseTo(3.0, within(1e-12));
  }

  @Test
  void pairsThatDoNotMatchUpAreNotTested() {
    Outcome<TTestResult> outcome = TTests.paired(new double[] {1, 2, 3}, new double[] {2, 3});

    assertThat(outcome.whyUnavailable()).hasValue(Outcome.Reason.MISMATCHED_PAIRS);
    assertThat(((Outcome.Unavailable<?>) outcome).explanation())
        .isEqualTo(
            "a paired test needs each respondent in both rounds: 3 baseline and 2 follow-up scores");
  }

  @Test
  void pairedTestNeedsTwoLinkedRespondentsWithVaryingChange() {
    assertThat(TTests.paired(Moments.EMPTY).whyUnavailable())
        .hasValue(Outcome.Reason.MISSING_ROUND);
    assertThat(TTests.paired(Moments.of(0.5)).whyUnavailable())
        .hasValue(Outcome.Reason.INSUFFICIENT_DATA);
    assertThat(TTests.paired(new double[] {1, 2}, new double[] {1, 2}).whyUnavailable())
        .hasValue(Outcome.Reason.NO_VARIANCE);
    Outcome<TTestResult> shifted = TTests.paired(new double[] {1, 2}, new double[] {1.5, 2.5});
    assertThat(shifted.whyUnavailable()).hasValue(Outcome.Reason.NO_VARIANCE_MEANS_DIFFER);
    assertThat(((Outcome.Unavailable<?>) shifted).explanation())
        .contains("changed by exactly +0.50");
  }

  private static double[] values(int n) {
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = i % 4;
    }
    return values;
  }
}
