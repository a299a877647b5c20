package kz.kenes.survey.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The code an invited respondent chooses so that their answers in two rounds can be compared pair
 * by pair (a paired t-test) without Kenes knowing who they are: spaces and case do not matter; only
 * an HMAC-SHA256 under the server secret, salted with the survey, is stored ({@link #stored()},
 * prefix {@code h:}), so equal codes in two surveys do not link and a copy of the database alone
 * cannot be searched for a guessed code. Rows written before the HMAC (a bare SHA-256, prefix
 * {@code p:}) are found by {@link #legacy()} and rewritten to the HMAC when the same code is given
 * again (docs/security.md).
 *
 * @param stored the form kept with a response now
 * @param legacy the bare-hash form older releases kept
 */
public record PairCode(String stored, String legacy) {

  private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}-]{4,64}");

  /**
   * The code given for a survey, under the server secret {@code key}; empty when none was given.
   *
   * @throws InvalidSurveyInput when the code is too short, too long or has odd characters
   */
  public static Optional<PairCode> of(byte[] key, long surveyId, String given) {
    if (given == null || given.isBlank()) {
      return Optional.empty();
    }
    String normalised = given.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    if (!ALLOWED.matcher(normalised).matches()) {
      throw InvalidSurveyInput.of(
          "pairCode", "A pairing code has 4 to 64 letters, digits or '-' (spaces are ignored).");
    }
    String salted = surveyId + ":" + normalised;
    return Optional.of(
        new PairCode(
            "h:" + hmacSha256(key, salted).substring(0, 40),
            "p:" + sha256(salted).substring(0, 40)));
  }

  private static String hmacSha256(byte[] key, String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
    }
  }

  private static String sha256(String value) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
