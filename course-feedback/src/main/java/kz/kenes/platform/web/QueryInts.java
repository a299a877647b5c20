package kz.kenes.platform.web;

import kz.kenes.platform.domain.InvalidInput;

/**
 * Whole-number query parameters (offset, limit, page) read as text and checked here, so that {@code
 * ?limit=abc} is a 400 naming the parameter rather than the 404 JAX-RS would give.
 */
public final class QueryInts {

  private QueryInts() {}

  /**
   * The list offset of a page link, leniently: anything but a whole number (none, text, a negative
   * number) shows the first page, 0.
   */
  public static int pageOffset(String value) {
    try {
      return value == null ? 0 : Math.max(0, Integer.parseInt(value.strip()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  public static int parse(String name, String value, int min, int max) {
    try {
      int parsed = Integer.parseInt(value.trim());
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException | NullPointerException e) {
      // refused below, with the same message as an out-of-range number
    }
    String range = max == Integer.MAX_VALUE ? min + " or more" : "between " + min + " and " + max;
    throw new InvalidInput(name, "'" + name + "' must be a whole number " + range + ".");
  }
}
