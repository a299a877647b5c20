package it.kenes.support;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import kz.kenes.lti.security.jwt.RsaJwk;

/**
 * Compact JWS serialisation with the JDK alone, so that a test can forge any header a platform (or
 * an attacker) might send: RS256/RS384/RS512 signed with an RSA key, HS256 keyed with the RSA
 * public key (the algorithm-confusion attack), {@code none} (unsigned), or any other {@code alg}
 * name with a signature that means nothing.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7515#section-7.1">RFC 7515 §7.1</a>
 */
public final class Jws {

  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private Jws() {}

  public static String sign(Map<String, ?> header, Map<String, ?> claims, RsaJwk key) {
    String alg = String.valueOf(header.get("alg"));
    String signingInput = encode(JsonText.of(header)) + "." + encode(JsonText.of(claims));
    byte[] signature = signature(alg, signingInput.getBytes(StandardCharsets.US_ASCII), key);
    return signingInput + "." + BASE64URL.encodeToString(signature);
  }

  private static byte[] signature(String alg, byte[] input, RsaJwk key) {
    try {
      return switch (alg) {
        case "none" -> new byte[0];
        case "RS256" -> rsa("SHA256withRSA", input, key);
        case "RS384" -> rsa("SHA384withRSA", input, key);
        case "RS512" -> rsa("SHA512withRSA", input, key);
        case "HS256" -> hmac("HmacSHA256", input, key);
        case "HS384" -> hmac("HmacSHA384", input, key);
        case "HS512" -> hmac("HmacSHA512", input, key);
        default -> rsa("SHA256withRSA", input, key);
      };
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign a JWS with alg " + alg, e);
    }
  }

  private static byte[] rsa(String algorithm, byte[] input, RsaJwk key)
      throws GeneralSecurityException {
    Signature signer = Signature.getInstance(algorithm);
    signer.initSign(key.privateKey());
    signer.update(input);
    return signer.sign();
  }

  private static byte[] hmac(String algorithm, byte[] input, RsaJwk key)
      throws GeneralSecurityException {
    Mac mac = Mac.getInstance(algorithm);
    mac.init(new SecretKeySpec(key.publicKey().getEncoded(), algorithm));
    return mac.doFinal(input);
  }

  private static String encode(String json) {
    return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
