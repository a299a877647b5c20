package kz.kenes.lti.services;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceCallExceptionTest {

  @ParameterizedTest
  @CsvSource({
    "400, true",
    "403, true",
    "404, true",
    "409, true",
    "422, true",
    "401, false",
    "408, false",
    "429, false",
    "500, false",
    "502, false",
    "503, false",
    "0, false"
  })
  void aFourHundredOtherThan401And429IsPermanent(int status, boolean permanent) {
    assertThat(new ServiceCallException(status, "x", null).permanent()).isEqualTo(permanent);
  }

  @org.junit.jupiter.api.Test
  void keepsTheMessageOnOneShortLine() {
    String message =
        new ServiceCallException(400, "a\n  b" + "c".repeat(900), null).platformMessage();
    assertThat(message).startsWith("a b").hasSize(ServiceCallException.MESSAGE_LIMIT + 1);
  }
}
