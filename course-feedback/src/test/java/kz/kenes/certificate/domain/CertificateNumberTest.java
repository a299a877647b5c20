package kz.kenes.certificate.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CertificateNumberTest {

  @Test
  void randomNumbersAreSixteenCrockfordCharactersInFourGroupsAndDoNotRepeat() {
    SecureRandom random = new SecureRandom();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String value = CertificateNumber.random(random).value();
      assertThat(value).matches(CertificateNumber.FORMAT);
      assertThat(seen.add(value)).isTrue();
    }
  }

  @Test
  void readsWhatPeopleTypeAsCrockfordIntends() {
    assertThat(CertificateNumber.parse("7k3m q9xd 2pwa h4tz"))
        .contains(new CertificateNumber("7K3M-Q9XD-2PWA-H4TZ"));
    assertThat(CertificateNumber.parse("OOOO-IIII-LLLL-0000"))
        .contains(new CertificateNumber("0000-1111-1111-0000"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "7K3M-Q9XD-2PWA", "7K3M-Q9XD-2PWA-H4TZU", "7K3M-Q9XD-2PWA-H4T!", "../../etc"})
  void refusesWhatCannotBeANumber(String text) {
    assertThat(CertificateNumber.parse(text)).isEmpty();
  }

  @Test
  void theConstructorTakesOnlyTheCanonicalForm() {
    assertThatThrownBy(() -> new CertificateNumber("7k3m-q9xd-2pwa-h4tz"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
