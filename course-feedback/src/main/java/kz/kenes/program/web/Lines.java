package kz.kenes.program.web;

import java.util.List;

/** Lists typed one entry per line in a textarea: blank lines are dropped, entries stripped. */
final class Lines {

  private Lines() {}

  static List<String> of(String text) {
    if (text == null) {
      return List.of();
    }
    return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  static String join(List<String> entries) {
    return String.join("\n", entries);
  }

  static String valueOrEmpty(String value) {
    return value == null ? "" : value;
  }
}
