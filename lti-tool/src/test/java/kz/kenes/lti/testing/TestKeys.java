package kz.kenes.lti.testing;

import java.util.List;
import kz.kenes.lti.security.jwt.RsaJwk;

/**
 * RSA keys for tests, generated once per JVM: the platform's signing key, another key the platform
 * never published (an attacker's, or a rotated-out one), and a key for the tool.
 */
public final class TestKeys {

  private TestKeys() {}

  private static final class Holder {
    static final RsaJwk PLATFORM = RsaJwk.generate();
    static final RsaJwk OTHER = RsaJwk.generate();
    static final RsaJwk TOOL = RsaJwk.generate();
  }

  /** The key the test platform signs id_tokens with and publishes. */
  public static RsaJwk platform() {
    return Holder.PLATFORM;
  }

  /** A key nobody published. */
  public static RsaJwk other() {
    return Holder.OTHER;
  }

  /** A key of the tool itself. */
  public static RsaJwk tool() {
    return Holder.TOOL;
  }

  /** The public JWK Set of the test platform: {@link #platform()} only. */
  public static String platformJwksJson() {
    return RsaJwk.publicJwkSetJson(List.of(platform()));
  }
}
