package kz.kenes.lti.security.state;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A fingerprint of the browser that started an OIDC login: SHA-256 of its User-Agent and client
 * address (the User-Agent length-prefixed, so the pair is unambiguous), base64url. Every launch
 * must come from the browser with this fingerprint; the state cookie, when the browser returns it,
 * must match as well. When the platform frames the tool and the browser withholds third-party
 * cookies, the fingerprint is the only tie. The state stays single-use and short-lived either way.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#step-2-authentication-request">
 *     Security Framework §5.1.1.2</a>
 */
public final class BrowserBinding {

  private BrowserBinding() {}

  /** The fingerprint of a request; either argument may be null. */
  public static String of(String userAgent, String clientAddress) {
    String agent = nullToEmpty(userAgent);
    String input = agent.length() + ":" + agent + nullToEmpty(clientAddress);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(input));
  }

  private static byte[] sha256(String input) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
