package kz.kenes.certificate.domain;

import java.util.Map;

/**
 * Signs credentials with the Kenes issuer key and publishes its public part: implemented in {@code
 * certificate.credential}, the one package of the context that imports the JOSE library
 * (docs/adr/0019-certificates-pdf-and-open-badges.md).
 */
public interface CredentialSigner {

  /** A compact JWS (RS256, {@code typ} JWT, with the key id) of the claims. */
  String sign(Map<String, Object> claims);

  /** The issuer's public keys as a JWK Set ({@code {"keys": [...]}}). */
  Map<String, Object> publicKeys();
}
