package kz.kenes.lti.security.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64URL;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Test-only JWS forging: any {@code alg} (including {@code none} and HMAC keyed with the RSA public
 * key, the classic algorithm-confusion attack) and any header parameters. Lives here because only
 * this package may touch the JOSE library; the launch token builder delegates to it.
 */
public final class JwsTestSigner {

  private JwsTestSigner() {}

  /**
   * Signs {@code claims} with {@code key} under {@code header} (which must contain {@code alg}).
   * For {@code HS*} the HMAC secret is the key's encoded public key; for {@code none} the token is
   * unsigned.
   */
  public static String sign(Map<String, Object> header, Map<String, Object> claims, RsaJwk key) {
    return sign(header, new Payload(claims), key);
  }

  /** Signs an arbitrary payload text, e.g. one that is not JSON. */
  public static String signText(Map<String, Object> header, String payload, RsaJwk key) {
    return sign(header, new Payload(payload), key);
  }

  private static String sign(Map<String, Object> header, Payload payload, RsaJwk key) {
    String alg = String.valueOf(header.get("alg"));
    try {
      if ("none".equals(alg)) {
        return unsigned(header, payload);
      }
      if (!alg.startsWith("HS")
          && !RSASSASigner.SUPPORTED_ALGORITHMS.contains(JWSAlgorithm.parse(alg))) {
        return meaninglessSignature(header, payload, key);
      }
      JWSObject jws = new JWSObject(JWSHeader.parse(header), payload);
      jws.sign(
          alg.startsWith("HS")
              ? new MACSigner(key.publicKey().getEncoded())
              : new RSASSASigner(key.privateKey()));
      return jws.serialize();
    } catch (ParseException | JOSEException e) {
      throw new IllegalArgumentException("cannot forge a JWS with header " + header, e);
    }
  }

  /**
   * A token whose header names an algorithm no RSA key can produce (ES256, EdDSA, a made-up name),
   * carrying an RS256 signature that means nothing under that name: what an attacker would send to
   * probe the algorithm check.
   */
  private static String meaninglessSignature(
      Map<String, Object> header, Payload payload, RsaJwk key) throws ParseException {
    String input =
        Base64URL.encode(com.nimbusds.jose.util.JSONObjectUtils.toJSONString(header))
            + "."
            + Base64URL.encode(payload.toBytes());
    try {
      java.security.Signature signer = java.security.Signature.getInstance("SHA256withRSA");
      signer.initSign(key.privateKey());
      signer.update(input.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      return input + "." + Base64URL.encode(signer.sign());
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The public half of {@code key} as a JSON map, e.g. for a forged {@code jwk} header. */
  public static Map<String, Object> publicJwkMap(RsaJwk key) {
    try {
      return JWK.parse(key.publicJwkJson()).toJSONObject();
    } catch (ParseException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String unsigned(Map<String, Object> header, Payload payload)
      throws ParseException {
    Map<String, Object> plain = new LinkedHashMap<>(header);
    PlainHeader parsed = PlainHeader.parse(plain);
    return parsed.toBase64URL() + "." + Base64URL.encode(payload.toBytes()) + ".";
  }
}
