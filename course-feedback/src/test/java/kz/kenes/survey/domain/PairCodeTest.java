package kz.kenes.survey.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class PairCodeTest {

  private static final byte[] KEY = "a server secret of thirty-two bytes".getBytes();
  private static final byte[] OTHER_KEY = "another server's secret, 32 bytes".getBytes();

  @Test
  void ignoresSpacesAndCase() {
    assertThat(PairCode.of(KEY, 7, "ab 12 cd")).isEqualTo(PairCode.of(KEY, 7, "AB12CD"));
  }

  @Test
  void theSameCodeInAnotherSurveyDoesNotLink() {
    assertThat(PairCode.of(KEY, 7, "AB12CD").orElseThrow().stored())
        .isNotEqualTo(PairCode.of(KEY, 8, "AB12CD").orElseThrow().stored());
  }

  @Test
  void storesAnHmacUnderTheServerSecretNotTheCode() throws Exception {
    PairCode code = PairCode.of(KEY, 7, "Асель-1990").orElseThrow();

    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
    String expected =
        HexFormat.of()
            .formatHex(mac.doFinal("7:АСЕЛЬ-1990".getBytes(StandardCharsets.UTF_8)))
            .substring(0, 40);
    assertThat(code.stored()).isEqualTo("h:" + expected).doesNotContain("1990");
  }

  @Test
  void withoutTheSecretTheStoredFormCannotBeRecomputed() {
    assertThat(PairCode.of(KEY, 7, "AB12CD").orElseThrow().stored())
        .isNotEqualTo(PairCode.of(OTHER_KEY, 7, "AB12CD").orElseThrow().stored());
  }

  @Test
  void theLegacyFormIsTheBareHashOlderReleasesStored() throws Exception {
    String bare =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest("7:AB12CD".getBytes(StandardCharsets.UTF_8)))
            .substring(0, 40);
    assertThat(PairCode.of(KEY, 7, "ab12cd").orElseThrow().legacy()).isEqualTo("p:" + bare);
    assertThat(PairCode.of(OTHER_KEY, 7, "ab12cd").orElseThrow().legacy()).isEqualTo("p:" + bare);
  }

  @Test
  void noCodeIsNoPairing() {
    assertThat(PairCode.of(KEY, 7, "  ")).isEmpty();
    assertThat(PairCode.of(KEY, 7, null)).isEmpty();
  }

  @Test
  void refusesCodesTooShortOrWithOddCharacters() {
    assertThatThrownBy(() -> PairCode.of(KEY, 7, "ab1")).isInstanceOf(InvalidSurveyInput.class);
    assertThatThrownBy(() -> PairCode.of(KEY, 7, "ab<script>"))
        .isInstanceOf(InvalidSurveyInput.class);
  }
}
