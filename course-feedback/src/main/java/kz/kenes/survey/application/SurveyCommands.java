package kz.kenes.survey.application;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import kz.kenes.platform.text.UntrustedText;

/** The bodies of the survey API's writes, as clients send them. */
public final class SurveyCommands {

  private SurveyCommands() {}

  /**
   * A new survey.
   *
   * @param title shown to staff and above the questions
   * @param instrumentId the instrument asked
   * @param programId the program the survey is about
   * @param moduleId one module of that program, if the survey is about one
   */
  public record NewSurvey(String title, Long instrumentId, Long programId, Long moduleId) {}

  /**
   * A new round.
   *
   * @param kind {@code baseline}, {@code follow_up} or {@code other}
   * @param label shown to respondents ("Before the revision, spring 2026")
   * @param opensAt ISO-8601 instant, e.g. {@code 2026-03-01T00:00:00Z}; absent means now
   * @param closesAt ISO-8601 instant after {@code opensAt}
   */
  public record NewRound(String kind, String label, String opensAt, String closesAt) {}

  /** Reopening a round, optionally until a new closing date (ISO-8601). */
  public record Reopen(String closesAt) {}

  /**
   * A new invitation link.
   *
   * @param group the stakeholder group the link's respondents belong to
   * @param maxUses how many responses the link takes; 1 is a single-use link
   * @param expiresAt ISO-8601 instant; absent means the round's closing date
   * @param anonymous keep no pairing code for its responses
   * @param label a note for staff ("employers' association mailing")
   */
  public record NewInvitation(
      String group, Integer maxUses, String expiresAt, Boolean anonymous, String label) {}

  /** An ISO-8601 instant; null when blank; otherwise a 400 naming the field. */
  static Instant instant(String field, String value, Map<String, String> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.put(
          field,
          "'"
              + field
              + "' must be an ISO-8601 instant such as 2026-03-01T09:00:00Z, not '"
              + value
              + "'.");
      return null;
    }
  }

  /** Required text of at most {@code max} characters, stripped. */
  static String text(String field, String value, int max, Map<String, String> errors) {
    if (value == null || value.isBlank()) {
      errors.put(field, "'" + field + "' is required.");
      return null;
    }
    if (value.strip().length() > max) {
      errors.put(field, "'" + field + "' is longer than " + max + " characters.");
      return null;
    }
    if (UntrustedText.containsNul(value)) {
      errors.put(field, UntrustedText.nulMessage(field));
      return null;
    }
    return value.strip();
  }
}
