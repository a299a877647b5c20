package kz.kenes.survey.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PairCodeTest {

  @Test
  void ignoresSpacesAndCase() {
    assertThat(PairCode.of(7, "ab 12 cd")).isEqualTo(PairCode.of(7, "AB12CD"));
  }

  @Test
  void theSameCodeInAnotherSurveyDoesNotLink() {
    assertThat(PairCode.of(7, "AB12CD")).isNotEqualTo(PairCode.of(8, "AB12CD"));
  }

  @Test
  void storesAHashNotTheCode() {
    assertThat(PairCode.of(7, "Асель-1990"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("p:").doesNotContain("1990"));
  }

  @Test
  void noCodeIsNoPairing() {
    assertThat(PairCode.of(7, "  ")).isEmpty();
    assertThat(PairCode.of(7, null)).isEmpty();
  }

  @Test
  void refusesCodesTooShortOrWithOddCharacters() {
    assertThatThrownBy(() -> PairCode.of(7, "ab1")).isInstanceOf(InvalidSurveyInput.class);
    assertThatThrownBy(() -> PairCode.of(7, "ab<script>")).isInstanceOf(InvalidSurveyInput.class);
  }
}
