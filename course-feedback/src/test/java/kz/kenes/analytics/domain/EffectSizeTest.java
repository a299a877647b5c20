package kz.kenes.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EffectSizeTest {

  @Test
  void dIsTheMeanDifferenceInPooledStandardDeviations() {
    // pooled SD of {1,2,3} and {2,3,4} is 1, the means differ by 1
    EffectSize effect = EffectSize.cohensD(Moments.of(1, 2, 3), Moments.of(2, 3, 4)).orElseThrow();

    assertThat(effect.d()).isCloseTo(1.0, within(1e-12));
    // SE = sqrt(6/9 + 1/12) = sqrt(0.75); z = 1.959963984540054
    assertThat(effect.upper() - effect.d())
        .isCloseTo(1.959963984540054 * Math.sqrt(0.75), within(1e-9));
    assertThat(effect.d() - effect.lower()).isCloseTo(effect.upper() - effect.d(), within(1e-12));
  }

  @Test
  void reversingTheRoundsReversesTheSignAndTheInterval() {
    EffectSize forward = EffectSize.cohensD(Moments.of(1, 2, 2), Moments.of(2, 3, 3)).orElseThrow();
    EffectSize backward =
        EffectSize.cohensD(Moments.of(2, 3, 3), Moments.of(1, 2, 2)).orElseThrow();

    assertThat(backward.d()).isCloseTo(-forward.d(), within(1e-12));
    assertThat(backward.lower()).isCloseTo(-forward.upper(), within(1e-12));
  }

  @Test
  void noSpreadInEitherRoundLeavesDUndefined() {
    assertThat(EffectSize.cohensD(Moments.of(1, 1), Moments.of(3, 3, 3)).whyUnavailable())
        .hasValue(Outcome.Reason.NO_VARIANCE_MEANS_DIFFER);
  }

  @Test
  void rejectsAnIntervalThatMissesD() {
    assertThatThrownBy(() -> new EffectSize(1, 1.5, 2))
        .hasMessageContaining("lies within its interval");
  }
}
