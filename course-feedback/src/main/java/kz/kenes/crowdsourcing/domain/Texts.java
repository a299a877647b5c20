package kz.kenes.crowdsourcing.domain;

import kz.kenes.platform.domain.InvalidInput;

/** Checks of the free texts of campaigns, proposals and comments: required, bounded, stripped. */
public final class Texts {

  private Texts() {}

  public static String required(String field, String value, int max) {
    String text = optional(field, value, max);
    if (text.isEmpty()) {
      throw new InvalidInput(field, "'" + field + "' is required.");
    }
    return text;
  }

  public static String optional(String field, String value, int max) {
    String text = value == null ? "" : value.strip();
    if (text.length() > max) {
      throw new InvalidInput(field, "'" + field + "' has at most " + max + " characters.");
    }
    return text;
  }
}
