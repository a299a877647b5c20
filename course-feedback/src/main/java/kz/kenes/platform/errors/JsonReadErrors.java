package kz.kenes.platform.errors;

import jakarta.json.JsonException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what is wrong with a request body the JSON parser or binder refused, in the words of the
 * request: where the text stops being JSON ({@code line 3, column 7}), which property has a value
 * of the wrong type. Never the parser's own message, which names Java classes and parser states.
 */
final class JsonReadErrors {

  private static final Pattern UNEXPECTED_CHAR = Pattern.compile("Unexpected char (-?\\d+)");
  private static final Pattern INVALID_TOKEN = Pattern.compile("Invalid token=([A-Z]+)");
  private static final Pattern PROPERTY = Pattern.compile("[Pp]roperty '?([A-Za-z0-9_]{1,64})'?");
  private static final Map<String, String> TOKENS =
      Map.ofEntries(
          Map.entry("CURLYOPEN", "'{'"),
          Map.entry("CURLYCLOSE", "'}'"),
          Map.entry("SQUAREOPEN", "'['"),
          Map.entry("SQUARECLOSE", "']'"),
          Map.entry("COLON", "':'"),
          Map.entry("COMMA", "','"),
          Map.entry("STRING", "a string"),
          Map.entry("NUMBER", "a number"),
          Map.entry("TRUE", "true"),
          Map.entry("FALSE", "false"),
          Map.entry("NULL", "null"));

  private JsonReadErrors() {}

  /**
   * Whether {@code e} or one of its causes is the JSON parser's refusal of a request body: invalid
   * JSON text, or a number longer than it converts. Only reading a body raises these, so a wrapper
   * of one (the JAX-RS runtime's 500 around the parser's {@code UnsupportedOperationException}) is
   * the client's mistake, never a failure of Kenes writing its answer.
   */
  static boolean isBodyRefusal(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof JsonParsingException || numberTooLong(t)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code e} or one of its causes is the JSON parser's or binder's refusal. */
  static boolean isAbout(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof JsonException
          || t instanceof jakarta.json.bind.JsonbException
          || numberTooLong(t)) {
        return true;
      }
    }
    return false;
  }

  /** A sentence for the problem's detail: what is wrong with the body, and where. */
  static String describe(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof JsonParsingException parsing) {
        return "The body is not valid JSON: " + what(parsing) + where(parsing.getLocation()) + ".";
      }
      if (numberTooLong(t)) {
        return "The body holds a number too long to read: a number may have at most 1,100 characters.";
      }
    }
    String property = propertyOf(e);
    if (property != null) {
      return "The body is JSON, but the value of '"
          + property
          + "' is not of the type this endpoint expects.";
    }
    return "The body is not JSON of the shape this endpoint expects: check it against the API"
        + " description at /openapi.";
  }

  private static String what(JsonParsingException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    Matcher character = UNEXPECTED_CHAR.matcher(message);
    if (character.find()) {
      int code = Integer.parseInt(character.group(1));
      return code < 0 ? "the body ends too early" : "unexpected character " + shown(code);
    }
    Matcher token = INVALID_TOKEN.matcher(message);
    if (token.find()) {
      return "EOF".equals(token.group(1))
          ? "the body ends too early"
          : "unexpected " + TOKENS.getOrDefault(token.group(1), "input");
    }
    if (message.startsWith("Expected EOF")) {
      return "more text after the end of the JSON value";
    }
    if (message.contains("nested")) {
      return "it is nested too deeply";
    }
    if (message.startsWith("Duplicate key")) {
      return "a key appears twice in one object";
    }
    return "it could not be parsed";
  }

  private static String shown(int code) {
    if (code < 0x20 || code == 0x7F || !Character.isValidCodePoint(code)) {
      return String.format("U+%04X", code);
    }
    return "'" + new String(Character.toChars(code)) + "'";
  }

  private static String where(JsonLocation location) {
    if (location == null || location.getLineNumber() < 0) {
      return "";
    }
    return " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
  }

  /** Parsson's refusal of a number longer than it converts ({@code bigDecimalLengthLimit}). */
  private static boolean numberTooLong(Throwable t) {
    String message = t.getMessage();
    return t instanceof UnsupportedOperationException
        && message != null
        && message.contains("BigDecimal source characters");
  }

  private static String propertyOf(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      Matcher property = t.getMessage() == null ? null : PROPERTY.matcher(t.getMessage());
      if (property != null && property.find()) {
        return property.group(1);
      }
    }
    return null;
  }
}
