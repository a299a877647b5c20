package kz.kenes.certificate.domain;

import java.util.Arrays;
import java.util.List;

/** Lists the rules keep in one text column, their values joined by a separator. */
final class JoinedValues {

  private JoinedValues() {}

  /** The non-empty values of a column that joins them with {@code separator}. */
  static List<String> split(String text, String separator) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(text.split(separator)).filter(s -> !s.isEmpty()).toList();
  }
}
