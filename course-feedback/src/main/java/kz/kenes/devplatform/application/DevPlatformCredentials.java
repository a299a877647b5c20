package kz.kenes.devplatform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import kz.kenes.lti.security.jwt.JwtSigner;
import kz.kenes.lti.security.jwt.RsaJwk;

/**
 * The development platform's secrets, made fresh at each start and kept in memory only: the RSA key
 * that signs its id_tokens (public half at {@code /dev/platform/jwks}) and the key of its message
 * hints. Kenes fetches the platform's key set like any other, so a restart (new kid) is handled by
 * its refetch on an unknown kid.
 */
@ApplicationScoped
public class DevPlatformCredentials {

  private RsaJwk key;
  private JwtSigner signer;
  private MessageHints hints;

  /** For the CDI proxy only. */
  protected DevPlatformCredentials() {}

  @Inject
  public DevPlatformCredentials(Clock clock) {
    this(RsaJwk.generate(), MessageHints.withRandomKey(clock));
  }

  public DevPlatformCredentials(RsaJwk key, MessageHints hints) {
    this.key = key;
    this.signer = new JwtSigner(key);
    this.hints = hints;
  }

  public String sign(Map<String, Object> claims) {
    return signer.sign(claims);
  }

  public String publicJwksJson() {
    return RsaJwk.publicJwkSetJson(List.of(key));
  }

  public MessageHints hints() {
    return hints;
  }
}
