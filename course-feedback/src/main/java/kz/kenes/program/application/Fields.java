package kz.kenes.program.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.text.UntrustedText;

/** Checks of single request fields, each refusal a 400 that names the field. */
final class Fields {

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private Fields() {}

  static String text(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new InvalidInput(field, "'" + field + "' is required.");
    }
    String stripped = value.strip();
    if (stripped.length() > maxLength) {
      throw new InvalidInput(field, "'" + field + "' is longer than " + maxLength + " characters.");
    }
    return UntrustedText.requireNoNul(field, stripped);
  }

  /** A code: letters, digits, '.', '_' or '-', at most 64, starting with a letter or digit. */
  static String code(String field, String value) {
    String code = text(field, value, 64);
    if (!CODE.matcher(code).matches()) {
      throw new InvalidInput(
          field, "'" + field + "' may hold only letters, digits, '.', '_' and '-' (at most 64).");
    }
    return code;
  }

  /** A list of texts, each required and at most 2000 characters; null is the empty list. */
  static List<String> texts(String field, List<String> values) {
    List<String> checked = new ArrayList<>();
    List<String> given = values == null ? List.of() : values;
    for (int i = 0; i < given.size(); i++) {
      checked.add(text(field + "[" + i + "]", given.get(i), 2000));
    }
    return checked;
  }

  /** Runs a check whose 400 names a field inside a larger document: keys get the prefix. */
  static <T> T prefixed(String prefix, Supplier<T> check) {
    try {
      return check.get();
    } catch (DomainException e) {
      if (!(e instanceof InvalidInput)) {
        throw e;
      }
      Map<String, String> fields = new LinkedHashMap<>();
      e.fieldErrors().forEach((field, message) -> fields.put(prefix + field, message));
      throw new InvalidInput(e.reason(), e.getMessage(), fields);
    }
  }

  static <T> T required(String field, T value) {
    if (value == null) {
      throw new InvalidInput(field, "'" + field + "' is required.");
    }
    return value;
  }
}
