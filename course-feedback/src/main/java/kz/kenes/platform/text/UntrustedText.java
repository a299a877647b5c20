package kz.kenes.platform.text;

import kz.kenes.platform.domain.InvalidInput;

/**
 * The checks every value a client sent passes before it is logged or stored. {@link #forLog} is the
 * one way a request value enters a log line: at most {@value #LOG_LENGTH} characters, line breaks
 * and other control characters written as escapes, so that a megabyte-long parameter costs a
 * hundred bytes of log and no parameter can start a forged log line. {@link #requireNoNul} refuses
 * a free text with a NUL character ({@code U+0000}), which PostgreSQL refuses to store in {@code
 * text}, {@code varchar} and {@code jsonb} columns alike (H2 would keep it, so the refusal is the
 * same on both).
 */
public final class UntrustedText {

  /** How many characters of a request value a log line shows. */
  public static final int LOG_LENGTH = 100;

  private static final char NUL = '\u0000';

  private UntrustedText() {}

  /** {@code value} for a log line: at most {@value #LOG_LENGTH} characters, on one line. */
  public static String forLog(String value) {
    return forLog(value, LOG_LENGTH);
  }

  /**
   * {@code value} for a log line: at most {@code max} characters of it, CR, LF, tab and the other
   * control characters written as {@code \r}, {@code \n}, {@code \t} or {@code \\u00XX}, and the
   * full length said when it was cut.
   */
  public static String forLog(String value, int max) {
    if (value == null) {
      return "null";
    }
    int shown = Math.min(value.length(), max);
    StringBuilder line = new StringBuilder(shown + 24);
    for (int i = 0; i < shown; i++) {
      appendEscaped(line, value.charAt(i));
    }
    if (value.length() > max) {
      line.append("…(").append(value.length()).append(" chars)");
    }
    return line.toString();
  }

  /** Whether {@code value} holds a NUL character, which PostgreSQL cannot store. */
  public static boolean containsNul(String value) {
    return value != null && value.indexOf(NUL) >= 0;
  }

  /**
   * {@code value}, or a refusal naming {@code field} when it holds a NUL character.
   *
   * @throws InvalidInput when {@code value} contains {@code U+0000}
   */
  public static String requireNoNul(String field, String value) {
    if (containsNul(value)) {
      throw new InvalidInput(field, nulMessage(field));
    }
    return value;
  }

  /** The refusal of a NUL character in {@code field}, for contexts with their own exception. */
  public static String nulMessage(String field) {
    return "'" + field + "' contains a NUL character (U+0000), which cannot be stored; remove it.";
  }

  private static void appendEscaped(StringBuilder line, char c) {
    switch (c) {
      case '\r' -> line.append("\\r");
      case '\n' -> line.append("\\n");
      case '\t' -> line.append("\\t");
      default -> {
        if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029' || c == '\u0085') {
          line.append(String.format("\\u%04X", (int) c));
        } else {
          line.append(c);
        }
      }
    }
  }
}
