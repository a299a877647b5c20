package kz.kenes.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The privacy minimum and the version comparison of module feedback (docs/module-feedback.md). */
class ModuleFeedbackPrivacyTest {

  private static final PrivacyMinimum FIVE = PrivacyMinimum.DEFAULT;

  @Test
  void aBreakdownIsShownFromTheMinimumOn() {
    assertThat(FIVE.shows(4)).isFalse();
    assertThat(FIVE.shows(5)).isTrue();
    assertThat(new PrivacyMinimum(1).shows(1)).isTrue();
    assertThat(new PrivacyMinimum(10).shows(9)).isFalse();
  }

  @Test
  void theMinimumIsAtLeastOneRespondent() {
    assertThatThrownBy(() -> new PrivacyMinimum(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aComparisonWithAVersionUnderTheMinimumIsWithheldAndComputesNothing() {
    VersionComparison c =
        VersionComparison.of(1, Moments.of(1, 2, 2, 1, 2), 2, Moments.of(3, 3, 2, 3), FIVE);

    assertThat(c.withheld()).isTrue();
    assertThat(c.welch()).isNull();
    assertThat(c.cohensD()).isNull();
  }

  @Test
  void aComparisonOfTwoVersionsUsesTheSameTTestsAsTheSurveyReport() {
    Moments before = Moments.of(1, 1.5, 2, 1, 2, 1.25);
    Moments after = Moments.of(2.5, 3, 2, 2.75, 3, 2.5);

    VersionComparison c = VersionComparison.of(1, before, 2, after, FIVE);

    assertThat(c.withheld()).isFalse();
    TTestResult welch = c.welch().orElseThrow();
    TTestResult expected = TTests.welch(before, after).orElseThrow();
    assertThat(welch.t()).isEqualTo(expected.t()).isPositive();
    assertThat(welch.pValue()).isLessThan(0.01);
    assertThat(c.student().orElseThrow().meanDifference()).isCloseTo(7.0 / 6, within(1e-9));
    assertThat(c.cohensD().orElseThrow().d()).isPositive();
  }
}
