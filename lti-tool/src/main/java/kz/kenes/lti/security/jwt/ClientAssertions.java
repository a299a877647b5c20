package kz.kenes.lti.security.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * The platform's side of a {@code private_key_jwt} client assertion (RFC 7523 §3), for the
 * development platform and tests: an RS256 JWS whose {@code kid} is in the tool's key set, with
 * {@code iss} = {@code sub} = client_id, the token URL in {@code aud}, a {@code jti}, and an {@code
 * exp} not past (60 s of skew). Kenes itself never verifies one; it only signs them.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7523#section-3">RFC 7523 §3 JWT format and
 *     processing requirements</a>
 */
public final class ClientAssertions {

  static final Duration SKEW = Duration.ofSeconds(60);

  private ClientAssertions() {}

  /**
   * Checks the assertion and returns its {@code jti}.
   *
   * @throws IllegalArgumentException naming the first rule the assertion breaks
   */
  public static String verify(
      String assertion, String toolJwksJson, String clientId, URI tokenUrl, Instant now) {
    try {
      SignedJWT jwt = SignedJWT.parse(assertion);
      if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
        throw new IllegalArgumentException("the assertion is not signed with RS256");
      }
      JWK key = JWKSet.parse(toolJwksJson).getKeyByKeyId(jwt.getHeader().getKeyID());
      if (!(key instanceof RSAKey rsa) || !jwt.verify(new RSASSAVerifier(rsa))) {
        throw new IllegalArgumentException(
            "the assertion's signature does not match the tool's key set");
      }
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      require(clientId.equals(claims.getIssuer()), "iss is not the client_id");
      require(clientId.equals(claims.getSubject()), "sub is not the client_id");
      require(
          claims.getAudience().contains(tokenUrl.toString()), "aud does not name the token URL");
      require(claims.getJWTID() != null && !claims.getJWTID().isBlank(), "jti is missing");
      Date exp = claims.getExpirationTime();
      require(exp != null && exp.toInstant().plus(SKEW).isAfter(now), "exp is missing or past");
      return claims.getJWTID();
    } catch (ParseException e) {
      throw new IllegalArgumentException("the assertion is not a signed JWT", e);
    } catch (JOSEException e) {
      throw new IllegalArgumentException("the assertion's signature cannot be checked", e);
    }
  }

  private static void require(boolean condition, String broken) {
    if (!condition) {
      throw new IllegalArgumentException(broken);
    }
  }
}
