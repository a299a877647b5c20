package kz.kenes.lti.security.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kz.kenes.lti.testing.TestKeys;
import org.junit.jupiter.api.Test;

class RsaJwkTest {

  @Test
  void roundTripsThroughPrivateJwkJson() {
    RsaJwk key = TestKeys.tool();

    RsaJwk read = RsaJwk.fromPrivateJwkJson(key.privateJwkJson());

    assertThat(read.kid()).isEqualTo(key.kid());
    assertThat(read.privateKey()).isEqualTo(key.privateKey());
    assertThat(read.publicKey()).isEqualTo(key.publicKey());
  }

  @Test
  void generatesDistinctRandomKids() {
    assertThat(TestKeys.platform().kid()).isNotEqualTo(TestKeys.other().kid());
  }

  @Test
  void refusesPublicOrNonRsaJwks() {
    assertThatThrownBy(() -> RsaJwk.fromPrivateJwkJson(TestKeys.tool().publicJwkJson()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RsaJwk.fromPrivateJwkJson("{\"kty\":\"oct\",\"k\":\"AAAA\"}"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void neverShowsKeyMaterialInToString() {
    assertThat(TestKeys.tool().toString()).isEqualTo("RsaJwk[kid=" + TestKeys.tool().kid() + "]");
  }

  @Test
  void writesAPublicKeySet() {
    String jwks = RsaJwk.publicJwkSetJson(List.of(TestKeys.platform(), TestKeys.other()));

    assertThat(jwks)
        .startsWith("{\"keys\":[")
        .contains(TestKeys.other().kid())
        .doesNotContain("\"d\"");
  }
}
