package kz.kenes.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignificanceMarkTest {

  @ParameterizedTest
  @CsvSource(
      value = {"0.0, **", "0.0099, **", "0.01, *", "0.049, *", "0.05, ''", "0.5, ''", "1.0, ''"},
      emptyValue = "")
  void marksPBelowFivePercentWithOneStarAndBelowOnePercentWithTwo(double p, String symbol) {
    assertThat(SignificanceMark.of(p).symbol()).isEqualTo(symbol);
  }

  @Test
  void rejectsSomethingThatIsNotAProbability() {
    assertThatThrownBy(() -> SignificanceMark.of(Double.NaN))
        .hasMessage("a p-value lies between 0 and 1, not NaN");
    assertThatThrownBy(() -> SignificanceMark.of(1.5)).isInstanceOf(IllegalArgumentException.class);
  }
}
