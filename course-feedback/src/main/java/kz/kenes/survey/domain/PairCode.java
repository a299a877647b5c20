package kz.kenes.survey.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The code an invited respondent chooses so that their answers in two rounds can be compared pair
 * by pair (a paired t-test) without Kenes knowing who they are: spaces and case do not matter; only
 * a hash salted with the survey is stored, so equal codes in two surveys do not link.
 */
public final class PairCode {

  private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}-]{4,64}");

  private PairCode() {}

  /**
   * The stored form of a code given for a survey; empty when none was given.
   *
   * @throws InvalidSurveyInput when the code is too short, too long or has odd characters
   */
  public static Optional<String> of(long surveyId, String given) {
    if (given == null || given.isBlank()) {
      return Optional.empty();
    }
    String normalised = given.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    if (!ALLOWED.matcher(normalised).matches()) {
      throw InvalidSurveyInput.of(
          "pairCode", "A pairing code has 4 to 64 letters, digits or '-' (spaces are ignored).");
    }
    return Optional.of("p:" + sha256(surveyId + ":" + normalised).substring(0, 40));
  }

  private static String sha256(String value) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
