package kz.kenes.lti.security.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An RSA key pair with its key id, as a JSON Web Key: what the tool signs with, and what it
 * publishes (public half only) in its key set. Generated keys are RSA-2048 with a random kid, for
 * RS256 signatures.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#h_key-management">Security Framework
 *     §6 Key management</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7517">RFC 7517 JSON Web Key</a>
 */
public final class RsaJwk {

  /** Key size of generated keys; the Security Framework requires at least 2048 bits (§6.1). */
  public static final int KEY_SIZE_BITS = 2048;

  private final RSAKey key;

  private RsaJwk(RSAKey key) {
    this.key = Objects.requireNonNull(key);
  }

  /** A new RSA-2048 key pair with a random (UUID) kid, marked for signatures with RS256. */
  public static RsaJwk generate() {
    try {
      return new RsaJwk(
          new RSAKeyGenerator(KEY_SIZE_BITS)
              .keyID(UUID.randomUUID().toString())
              .keyUse(KeyUse.SIGNATURE)
              .algorithm(JWSAlgorithm.RS256)
              .generate());
    } catch (JOSEException e) {
      throw new IllegalStateException("RSA key generation failed", e);
    }
  }

  /** Reads a key pair from its private JWK JSON (as produced by {@link #privateJwkJson()}). */
  public static RsaJwk fromPrivateJwkJson(String json) {
    try {
      JWK jwk = JWK.parse(json);
      if (!(jwk instanceof RSAKey rsa) || !rsa.isPrivate() || rsa.getKeyID() == null) {
        throw new IllegalArgumentException("not a private RSA JWK with a kid");
      }
      return new RsaJwk(rsa);
    } catch (ParseException e) {
      throw new IllegalArgumentException("not a JSON Web Key", e);
    }
  }

  /** The public JWK Set JSON ({@code {"keys":[…]}}) of the given keys: kty, n, e, kid, alg, use. */
  public static String publicJwkSetJson(Collection<RsaJwk> keys) {
    List<JWK> publicKeys = keys.stream().map(k -> (JWK) k.publicJwk()).toList();
    return new JWKSet(publicKeys).toString(true);
  }

  public String kid() {
    return key.getKeyID();
  }

  /** The whole key pair as JSON, for storage only: it contains the private exponent. */
  public String privateJwkJson() {
    return key.toJSONString();
  }

  /** The public half as JWK JSON, with alg RS256 and use sig. */
  public String publicJwkJson() {
    return publicJwk().toJSONString();
  }

  public RSAPublicKey publicKey() {
    try {
      return key.toRSAPublicKey();
    } catch (JOSEException e) {
      throw new IllegalStateException("malformed RSA public key " + kid(), e);
    }
  }

  public RSAPrivateKey privateKey() {
    try {
      return key.toRSAPrivateKey();
    } catch (JOSEException e) {
      throw new IllegalStateException("malformed RSA private key " + kid(), e);
    }
  }

  RSAKey rsaKey() {
    return key;
  }

  private RSAKey publicJwk() {
    return new RSAKey.Builder(key.toPublicJWK())
        .keyUse(KeyUse.SIGNATURE)
        .algorithm(JWSAlgorithm.RS256)
        .build();
  }

  /** Shows the kid only, never key material. */
  @Override
  public String toString() {
    return "RsaJwk[kid=" + kid() + "]";
  }
}
