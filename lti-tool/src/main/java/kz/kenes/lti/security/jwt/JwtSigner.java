package kz.kenes.lti.security.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;

/**
 * Signs JWTs with one of the tool's RSA keys: RS256, header {@code kid} and {@code typ: JWT}. Used
 * for the tool's own messages (deep linking responses, client assertions) and by the development
 * platform and tests to forge launches.
 *
 * <p>The claims are base64url-encoded with the JDK's encoder, not Nimbus's: Nimbus encodes in
 * constant time, a defence for secret key material that a signed (not encrypted) claims set does
 * not need, and that costs several times the JDK's intrinsic encoder on a 1.5 KB LTI id_token
 * before the JIT has warmed (a third of the launch load generator's CPU). Nimbus still builds the
 * header, signs and serialises.
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
      String json = JWTClaimsSet.parse(claims).toString();
      JWSObject jws =
          new JWSObject(
              header,
              new Payload(
                  new Base64URL(
                      Base64.getUrlEncoder()
                          .withoutPadding()
                          .encodeToString(json.getBytes(StandardCharsets.UTF_8)))));
      jws.sign(signer);
      return jws.serialize();
    } catch (ParseException e) {
      throw new IllegalArgumentException("claims are not a valid JWT claims set", e);
    } catch (JOSEException e) {
      throw new IllegalStateException("RS256 signing failed with key " + key.kid(), e);
    }
  }
}
