package kz.kenes.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.junit.jupiter.api.Test;

class MomentsTest {

  @Test
  void meanAndSampleVarianceFollowFromCountSumAndSumOfSquares() {
    double[] values = {0.5, 1.25, 2.0, 2.75, 3.0, 1.0};
    Moments moments = Moments.of(values);
    DescriptiveStatistics reference = new DescriptiveStatistics(values);

    assertThat(moments.n()).isEqualTo(6);
    assertThat(moments.mean()).isCloseTo(reference.getMean(), within(1e-12));
    assertThat(moments.variance()).isCloseTo(reference.getVariance(), within(1e-12));
    assertThat(moments.standardDeviation())
        .isCloseTo(reference.getStandardDeviation(), within(1e-12));
  }

  @Test
  void equalFractionalValuesHaveExactlyZeroVarianceDespiteRounding() {
    Moments moments = Moments.of(2.1, 2.1, 2.1, 2.1, 2.1, 2.1, 2.1);

    assertThat(moments.variance()).isZero();
    assertThat(moments.hasNoSpread()).isTrue();
  }

  @Test
  void anEmptySampleHasNoMeanAndOneValueNoVariance() {
    assertThatThrownBy(Moments.EMPTY::mean).hasMessage("an empty sample has no mean");
    assertThatThrownBy(() -> Moments.of(2).variance())
        .hasMessage("a variance needs at least two values, not 1");
    assertThat(Moments.of(2).hasNoSpread()).isFalse();
  }

  @Test
  void rejectsAggregatesNoSampleCouldProduce() {
    assertThatThrownBy(() -> new Moments(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Moments(0, 1, 1)).hasMessage("an empty sample has zero sums");
    assertThatThrownBy(() -> new Moments(2, 6, 4)).hasMessageContaining("inconsistent moments");
    assertThatThrownBy(() -> new Moments(2, Double.NaN, 4))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void indicatorMomentsCountMembersAsOnes() {
    Moments members = Moments.ofIndicator(3, 10);

    assertThat(members).isEqualTo(Moments.of(1, 1, 1, 0, 0, 0, 0, 0, 0, 0));
    assertThatThrownBy(() -> Moments.ofIndicator(11, 10))
        .hasMessage("11 members cannot be counted among 10");
  }

  @Test
  void combinedMomentsAreThoseOfBothSamples() {
    assertThat(Moments.of(1, 2).plus(Moments.of(3))).isEqualTo(Moments.of(1, 2, 3));
  }
}
