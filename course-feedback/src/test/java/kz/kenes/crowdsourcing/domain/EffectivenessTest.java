package kz.kenes.crowdsourcing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EffectivenessTest {

  @Test
  void computesResourceEfficiencyAndIntensity() {
    Effectiveness figures = new Effectiveness(12, 3);
    assertThat(figures.resourceEfficiency())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.25"));
    assertThat(figures.resourceIntensity())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("4"));
  }

  @Test
  void roundsToFourDecimals() {
    assertThat(new Effectiveness(3, 1).resourceEfficiency().orElseThrow()).hasToString("0.3333");
  }

  @Test
  void leavesIntensityUndefinedWhenNothingWasAcceptedAndBothWhenNothingWasProposed() {
    assertThat(new Effectiveness(5, 0).resourceEfficiency().orElseThrow())
        .isEqualByComparingTo("0");
    assertThat(new Effectiveness(5, 0).resourceIntensity()).isEmpty();
    assertThat(new Effectiveness(0, 0).resourceEfficiency()).isEmpty();
    assertThat(new Effectiveness(0, 0).resourceIntensity()).isEmpty();
  }

  @Test
  void refusesMoreAcceptedThanProposed() {
    assertThatThrownBy(() -> new Effectiveness(1, 2)).isInstanceOf(IllegalArgumentException.class);
  }
}
