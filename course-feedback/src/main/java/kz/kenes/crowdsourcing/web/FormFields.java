package kz.kenes.crowdsourcing.web;

import jakarta.ws.rs.core.MultivaluedMap;
import kz.kenes.platform.domain.InvalidInput;

/** The fields of a posted campaign form: text as posted (null when absent), numbers checked. */
final class FormFields {

  private FormFields() {}

  static String text(MultivaluedMap<String, String> form, String field) {
    return form.getFirst(field);
  }

  /** A positive id the form names, refused (400) when missing or not a number. */
  static long id(MultivaluedMap<String, String> form, String field) {
    String value = form.getFirst(field);
    try {
      long id = Long.parseLong(value == null ? "" : value.strip());
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new InvalidInput(field, "'" + field + "' is the number of a proposal.");
  }

  /** An optional positive id; null when the field is left out or blank. */
  static Long optionalId(MultivaluedMap<String, String> form, String field) {
    String value = form.getFirst(field);
    return value == null || value.isBlank() ? null : id(form, field);
  }

  /** A whole number from {@code min} to {@code max}; null when left out. */
  static Integer number(MultivaluedMap<String, String> form, String field, int min, int max) {
    String value = form.getFirst(field);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new InvalidInput(field, "'" + field + "' is a number from " + min + " to " + max + ".");
  }
}
