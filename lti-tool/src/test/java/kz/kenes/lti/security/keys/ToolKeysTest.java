package kz.kenes.lti.security.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import kz.kenes.lti.security.jwt.RsaJwk;
import kz.kenes.lti.testing.InMemoryToolKeyStore;
import kz.kenes.lti.testing.MutableClock;
import org.junit.jupiter.api.Test;

class ToolKeysTest {

  private static final Duration OVERLAP = Duration.ofDays(2);

  private final InMemoryToolKeyStore store = new InMemoryToolKeyStore();
  private final MutableClock clock = new MutableClock();
  private final ToolKeys keys = new ToolKeys(store, clock, OVERLAP);

  @Test
  void generatesAKeyOnlyWhenThereIsNone() {
    RsaJwk first = keys.ensureActiveKey();
    RsaJwk again = keys.ensureActiveKey();

    assertThat(again.kid()).isEqualTo(first.kid());
    assertThat(store.all()).hasSize(1);
    assertThat(first.publicKey().getModulus().bitLength()).isEqualTo(2048);
  }

  @Test
  void keepsTheRetiredKeyPublishedDuringTheOverlap() {
    RsaJwk old = keys.ensureActiveKey();
    RsaJwk fresh = keys.rotate();

    assertThat(keys.activeKey().kid()).isEqualTo(fresh.kid());
    assertThat(keys.publicJwksJson()).contains(old.kid(), fresh.kid());

    clock.advance(OVERLAP.minusSeconds(1));
    assertThat(keys.publicJwksJson()).contains(old.kid());

    clock.advance(Duration.ofSeconds(1));
    assertThat(keys.publicJwksJson()).doesNotContain(old.kid()).contains(fresh.kid());
  }

  @Test
  void publishesOnlyPublicParametersForSignatures() {
    keys.ensureActiveKey();

    String jwks = keys.publicJwksJson();

    assertThat(jwks)
        .contains("\"kty\":\"RSA\"", "\"alg\":\"RS256\"", "\"use\":\"sig\"", "\"n\":", "\"e\":")
        .doesNotContain("\"d\":", "\"p\":", "\"q\":", "\"dp\":", "\"dq\":", "\"qi\":");
  }

  @Test
  void signsWithTheActiveKey() {
    RsaJwk active = keys.ensureActiveKey();

    String jwt = keys.activeSigner().sign(Map.of("iss", "kenes", "iat", 1_700_000_000L));

    assertThat(jwt.split("\\.")).hasSize(3);
    assertThat(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[0])))
        .contains("\"kid\":\"" + active.kid() + "\"", "\"alg\":\"RS256\"", "\"typ\":\"JWT\"");
  }
}
