package kz.kenes.crowdsourcing.application;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import kz.kenes.platform.domain.InvalidInput;

/** The field checks of revision commands: each refusal names its field. */
final class RevisionInput {

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private RevisionInput() {}

  static String text(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new InvalidInput(field, "'" + field + "' is required.");
    }
    return optionalText(field, value, maxLength);
  }

  static String optionalText(String field, String value, int maxLength) {
    String trimmed = value == null ? "" : value.strip();
    if (trimmed.length() > maxLength) {
      throw new InvalidInput(field, "'" + field + "' is longer than " + maxLength + " characters.");
    }
    return trimmed;
  }

  static String code(String field, String value) {
    String code = text(field, value, 64);
    if (!CODE.matcher(code).matches()) {
      throw new InvalidInput(
          field,
          "'" + field + "' may hold letters, digits, '.', '_' and '-' (at most 64 characters).");
    }
    return code;
  }

  static List<Long> ids(String field, List<Long> values, int max) {
    List<Long> given = values == null ? List.of() : values;
    if (given.size() > max) {
      throw new InvalidInput(field, "'" + field + "' holds at most " + max + " ids.");
    }
    for (int i = 0; i < given.size(); i++) {
      Long id = given.get(i);
      if (id == null || id <= 0) {
        throw new InvalidInput(field + "[" + i + "]", "'" + field + "' holds positive ids.");
      }
    }
    return given;
  }

  /** An ISO-8601 instant, not in the future; null: {@code now}. */
  static Instant pastInstant(String field, String value, Instant now) {
    if (value == null || value.isBlank()) {
      return now;
    }
    Instant instant;
    try {
      instant = Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInput(
          field, "'" + field + "' is an ISO-8601 time in UTC, e.g. 2026-03-01T10:00:00Z.");
    }
    if (instant.isAfter(now)) {
      throw new InvalidInput(field, "'" + field + "' cannot be in the future.");
    }
    return instant;
  }
}
