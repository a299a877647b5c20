package kz.kenes.devplatform.application;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.domain.InvalidInput;

/**
 * The {@code lti_message_hint} of the development platform: the developer's {@link LaunchChoice},
 * carried through Kenes's login initiation and back to the platform's authorisation endpoint. The
 * tool passes the hint on untouched (LTI 1.3 §4.1.1), so the platform must not trust it blindly: it
 * is an HMAC-SHA256-signed, time-limited token, {@code v1.<payload>.<mac>} in base64url, whose key
 * never leaves this server.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#lti_message_hint-login-parameter">LTI 1.3
 *     §4.1.1 lti_message_hint</a>
 */
public final class MessageHints {

  /** How long after the launch the authorisation request may come: Kenes's login lifetime. */
  public static final Duration LIFETIME = Duration.ofMinutes(10);

  static final String FIELD = "lti_message_hint";
  private static final String VERSION = "v1";
  private static final String ALGORITHM = "HmacSHA256";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  private final byte[] key;
  private final Clock clock;

  public MessageHints(byte[] key, Clock clock) {
    if (key.length < 32) {
      throw new IllegalArgumentException("the hint key needs at least 256 bits");
    }
    this.key = key.clone();
    this.clock = Objects.requireNonNull(clock);
  }

  /** Hints signed with a fresh random key: hints do not survive a restart, which is fine here. */
  public static MessageHints withRandomKey(Clock clock) {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return new MessageHints(key, clock);
  }

  public String encode(LaunchChoice choice) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("r", choice.role().key());
    fields.put("u", choice.userSubject());
    fields.put("c", choice.contextId());
    fields.put("l", choice.locale());
    fields.put("t", choice.target().value());
    fields.put("m", choice.deepLinking() ? "dl" : "rl");
    if (choice.linkId() != null) {
      fields.put("k", choice.linkId());
    }
    fields.put("iat", Long.toString(clock.instant().getEpochSecond()));
    String payload = ENCODER.encodeToString(form(fields).getBytes(StandardCharsets.UTF_8));
    String signed = VERSION + "." + payload;
    return signed + "." + ENCODER.encodeToString(mac(signed));
  }

  /**
   * The choice inside a hint this platform issued less than {@link #LIFETIME} ago.
   *
   * @throws DomainException 400 naming {@code lti_message_hint} when the hint is missing,
   *     malformed, altered, signed with another key or expired
   */
  public LaunchChoice decode(String hint) {
    if (hint == null || hint.isBlank()) {
      throw refused("'lti_message_hint' is required: every launch of this platform carries one.");
    }
    String[] parts = hint.split("\\.", -1);
    if (parts.length != 3 || !VERSION.equals(parts[0])) {
      throw malformed();
    }
    String signed = parts[0] + "." + parts[1];
    if (!MessageDigest.isEqual(mac(signed), decodeBase64(parts[2]))) {
      throw refused(
          "'lti_message_hint' has a wrong signature: it was altered, or issued before Kenes"
              + " restarted; launch again from the course page.");
    }
    Map<String, String> fields = parse(new String(decodeBase64(parts[1]), StandardCharsets.UTF_8));
    requireFresh(fields.get("iat"));
    return choice(fields);
  }

  private void requireFresh(String iat) {
    Instant issuedAt = Instant.ofEpochSecond(number(iat));
    if (clock.instant().isAfter(issuedAt.plus(LIFETIME))) {
      throw refused(
          "'lti_message_hint' expired: it was issued at "
              + issuedAt
              + " and is valid for "
              + LIFETIME.toMinutes()
              + " minutes; launch again from the course page.");
    }
  }

  private static LaunchChoice choice(Map<String, String> fields) {
    try {
      return new LaunchChoice(
          PlatformRole.byKey(fields.get("r")).orElseThrow(MessageHints::malformed),
          fields.get("u"),
          fields.get("c"),
          fields.get("l"),
          DocumentTarget.of(fields.get("t")).orElseThrow(MessageHints::malformed),
          "dl".equals(fields.get("m")),
          fields.get("k"));
    } catch (NullPointerException e) {
      throw malformed();
    }
  }

  private byte[] mac(String signed) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      return mac.doFinal(signed.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is not available", e);
    }
  }

  private static String form(Map<String, String> fields) {
    StringBuilder text = new StringBuilder();
    fields.forEach(
        (name, value) -> {
          text.append(text.length() == 0 ? "" : "&").append(name).append('=');
          text.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
    return text.toString();
  }

  private static Map<String, String> parse(String form) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String pair : form.split("&")) {
      int equals = pair.indexOf('=');
      if (equals < 1) {
        throw malformed();
      }
      fields.put(
          pair.substring(0, equals),
          URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
    }
    return fields;
  }

  private static byte[] decodeBase64(String text) {
    try {
      return Base64.getUrlDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw malformed();
    }
  }

  private static long number(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw malformed();
    }
  }

  private static DomainException malformed() {
    return refused(
        "'lti_message_hint' is not a hint this development platform issued (malformed).");
  }

  private static DomainException refused(String message) {
    return new InvalidInput(FIELD, message);
  }
}
