package kz.kenes.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.errors.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryIntsTest {

  @Test
  void parsesANumberInRange() {
    assertThat(QueryInts.parse("limit", " 20 ", 1, 200)).isEqualTo(20);
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "", "0", "201", "1e3", "99999999999"})
  void refusesAnythingElseNamingTheParameter(String value) {
    assertThatThrownBy(() -> QueryInts.parse("limit", value, 1, 200))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(Problems.status(e)).isEqualTo(400);
              assertThat(e.fieldErrors()).containsKey("limit");
              assertThat(e.getMessage()).contains("between 1 and 200");
            });
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {"null, 0", "'', 0", "abc, 0", "-20, 0", "' 40 ', 40", "99999999999, 0"})
  void pageOffsetShowsTheFirstPageForAnythingButAWholeNumber(String value, int offset) {
    assertThat(QueryInts.pageOffset(value)).isEqualTo(offset);
  }
}
