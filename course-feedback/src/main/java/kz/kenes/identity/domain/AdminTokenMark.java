package kz.kenes.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The fingerprint of the admin token an {@link KenesSession.Kind#ADMIN_TOKEN} session was opened
 * with, so that the session lives only while that token is still the configured one: replacing
 * {@code kenes.admin.token} (because it leaked, or an administrator left) ends every session the
 * old token opened, on every node, at their next request. The fingerprint is HMAC-SHA256 of a fixed
 * label keyed with the token, cut to 128 bits, base64url: enough to tell tokens apart, and neither
 * the token nor its plain hash is stored. Sessions of LTI launches are not concerned.
 */
public final class AdminTokenMark {

  private static final byte[] LABEL =
      "kenes admin-token session v1".getBytes(StandardCharsets.US_ASCII);
  private static final int BYTES = 16;

  private AdminTokenMark() {}

  /** The fingerprint of {@code adminToken}. */
  public static String of(String adminToken) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(adminToken.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] full = mac.doFinal(LABEL);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(full, BYTES));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
    }
  }

  /**
   * Whether a session of {@code kind} that recorded {@code recordedMark} when it was opened is
   * still open under the configured admin token: always for LTI sessions; for admin-token sessions
   * only while a token is configured and it is the one they were opened with (a session without a
   * mark, opened before marks were recorded, is closed).
   */
  public static boolean keepsOpen(
      KenesSession.Kind kind, String recordedMark, Optional<String> configuredToken) {
    if (kind != KenesSession.Kind.ADMIN_TOKEN) {
      return true;
    }
    return recordedMark != null
        && configuredToken.isPresent()
        && SessionTokens.constantTimeEquals(recordedMark, of(configuredToken.get()));
  }
}
