package kz.kenes.lti.security.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.Map;
import java.util.Objects;

/**
 * Signs JWTs with one of the tool's RSA keys: RS256, header {@code kid} and {@code typ: JWT}. Used
 * for the tool's own messages (deep linking responses, client assertions) and by the development
 * platform and tests to forge launches.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#h_key-management">Security Framework
 *     §6</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7515">RFC 7515 JSON Web Signature</a>
 */
public final class JwtSigner {

  private final RsaJwk key;
  private final RSASSASigner signer;

  public JwtSigner(RsaJwk key) {
    this.key = Objects.requireNonNull(key);
    this.signer = new RSASSASigner(key.privateKey());
  }

  public String kid() {
    return key.kid();
  }

  /**
   * Signs the claims (JSON values: strings, numbers, booleans, lists, maps; {@code exp}/{@code iat}
   * as epoch seconds) and returns the compact serialisation.
   */
  public String sign(Map<String, Object> claims) {
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.kid()).type(JOSEObjectType.JWT).build();
    try {
      SignedJWT jwt = new SignedJWT(header, JWTClaimsSet.parse(claims));
      jwt.sign(signer);
      return jwt.serialize();
    } catch (ParseException e) {
      throw new IllegalArgumentException("claims are not a valid JWT claims set", e);
    } catch (JOSEException e) {
      throw new IllegalStateException("RS256 signing failed with key " + key.kid(), e);
    }
  }
}
