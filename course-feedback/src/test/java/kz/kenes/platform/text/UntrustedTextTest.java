package kz.kenes.platform.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.kenes.platform.domain.InvalidInput;
import org.junit.jupiter.api.Test;

class UntrustedTextTest {

  @Test
  void logsAShortValueAsItIs() {
    assertThat(UntrustedText.forLog("https://lms.example.edu"))
        .isEqualTo("https://lms.example.edu");
  }

  @Test
  void cutsALongValueToAHundredCharactersAndSaysHowLongItWas() {
    String logged = UntrustedText.forLog("x".repeat(1 << 20));

    assertThat(logged).isEqualTo("x".repeat(100) + "…(1048576 chars)");
  }

  @Test
  void neverLetsAValueStartANewLogLine() {
    String logged = UntrustedText.forLog("a\r\nINFO forged line\u2028b\u0000c\u001b[31m");

    assertThat(logged)
        .doesNotContain("\r", "\n", "\u2028", "\u0000", "\u001b")
        .isEqualTo("a\\r\\nINFO forged line\\u2028b\\u0000c\\u001B[31m");
  }

  @Test
  void logsNullAsTheWordNull() {
    assertThat(UntrustedText.forLog(null)).isEqualTo("null");
  }

  @Test
  void cutsToTheGivenLength() {
    assertThat(UntrustedText.forLog("abcdef", 3)).isEqualTo("abc…(6 chars)");
  }

  @Test
  void refusesANulCharacterNamingTheField() {
    assertThatThrownBy(() -> UntrustedText.requireNoNul("name", "Moodle\u0000"))
        .isInstanceOf(InvalidInput.class)
        .hasMessage("'name' contains a NUL character (U+0000), which cannot be stored; remove it.")
        .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors()).containsKey("name"));
  }

  @Test
  void acceptsTextWithoutNul() {
    assertThat(UntrustedText.requireNoNul("name", "Қазақ тілі\n")).isEqualTo("Қазақ тілі\n");
    assertThat(UntrustedText.requireNoNul("name", null)).isNull();
    assertThat(UntrustedText.containsNul("a\u0000")).isTrue();
    assertThat(UntrustedText.containsNul("a")).isFalse();
  }
}
