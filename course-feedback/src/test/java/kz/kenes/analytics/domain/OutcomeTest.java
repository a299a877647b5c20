package kz.kenes.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OutcomeTest {

  @Test
  void anAvailableOutcomeMapsItsValue() {
    Outcome<Integer> outcome = Outcome.available(2);

    assertThat(outcome.map(v -> v * 10).value()).hasValue(20);
    assertThat(outcome.whyUnavailable()).isEmpty();
    assertThat(outcome.isAvailable()).isTrue();
  }

  @Test
  void anUnavailableOutcomeKeepsItsReasonThroughMapAndExplainsItselfWhenForced() {
    Outcome<Integer> outcome =
        Outcome.<Integer>unavailable(
                Outcome.Reason.MISSING_ROUND, "no answers in the baseline round")
            .map(v -> v * 10);

    assertThat(outcome.value()).isEmpty();
    assertThat(outcome.whyUnavailable()).hasValue(Outcome.Reason.MISSING_ROUND);
    assertThatThrownBy(outcome::orElseThrow)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("MISSING_ROUND: no answers in the baseline round");
  }
}
