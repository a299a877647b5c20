package kz.kenes.survey.web.staff;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import kz.kenes.platform.web.FormErrors;

/**
 * Reading the values of posted forms as the services want them: {@code datetime-local} inputs as
 * instants in {@link #ZONE}, checkboxes, whole numbers. Each reader takes the text as posted (null
 * when the field was not sent) and never throws: an empty answer means "not given", a bad one is
 * reported as absent-with-error by the caller.
 */
public final class StaffForms {

  /** The time zone of the dates typed in and shown by the staff pages; the pages say so. */
  public static final ZoneId ZONE = ZoneOffset.UTC;

  /** How the pages show an instant: {@code 2026-03-01 09:00} (followed by "UTC"). */
  static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZONE);

  /** The value of a {@code datetime-local} input: {@code 2026-03-01T09:00}. */
  static final DateTimeFormatter INPUT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT).withZone(ZONE);

  /** The key prefix of the forms' error messages: {@code survey.staff.error.<form>.<field>}. */
  static final String ERROR_PREFIX = "survey.staff.error.";

  /** The message of a date and time that is not one. */
  static final String DATE_TIME_ERROR = ERROR_PREFIX + "datetime";

  private StaffForms() {}

  /** How form {@code form} shows the fields a service refused: on the field each starts with. */
  static FormErrors.Form errors(String form, List<String> fields) {
    return FormErrors.form(fields, ERROR_PREFIX + form + ".");
  }

  /** Outcome of reading one field: blank, a value, or text that is not a valid value. */
  public enum Reading {
    BLANK,
    VALID,
    INVALID
  }

  /** Whether {@code value} is empty or only white space (or was not sent). */
  public static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /**
   * A {@code datetime-local} value ({@code 2026-03-01T09:00}, seconds optional; a space instead of
   * the {@code T} is accepted for browsers that show a text box) read in {@link #ZONE}.
   */
  public static Optional<Instant> dateTime(String value) {
    if (blank(value)) {
      return Optional.empty();
    }
    try {
      LocalDateTime local = LocalDateTime.parse(value.strip().replace(' ', 'T'));
      return Optional.of(local.atZone(ZONE).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Whether a date-time field is blank, valid or not a date and time. */
  public static Reading dateTimeReading(String value) {
    if (blank(value)) {
      return Reading.BLANK;
    }
    return dateTime(value).isPresent() ? Reading.VALID : Reading.INVALID;
  }

  /** The ISO-8601 instant the services take for a typed date and time; null when blank or bad. */
  public static String isoInstant(String value) {
    return dateTime(value).map(Instant::toString).orElse(null);
  }

  /** A checkbox: ticked when the browser sent it with any value but {@code false}. */
  public static boolean checkbox(String value) {
    return value != null && !value.strip().equalsIgnoreCase("false");
  }

  /** A whole number typed in a field ({@code " 25 "}); empty when blank or not a whole number. */
  public static OptionalLong wholeNumber(String value) {
    if (blank(value)) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(value.strip()));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /** How the pages show an instant, in {@link #ZONE}; empty for null. */
  public static String shown(Instant instant) {
    return instant == null ? "" : SHOWN.format(instant);
  }

  /** The value that fills a {@code datetime-local} input with an instant. */
  public static String inputValue(Instant instant) {
    return instant == null ? "" : INPUT.format(instant);
  }

  /** Text as typed, never null. */
  static String typed(String value) {
    return value == null ? "" : value;
  }
}
