package kz.kenes.survey.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.survey.domain.ItemKind;

/**
 * Reads the answers of a posted survey form into the map {@link kz.kenes.survey.domain.AnswerSheet}
 * checks: each answer is a field {@code a.<item code>} ({@code a.E01=3}, {@code a.E14=lt1}, {@code
 * a.E15=x&a.E15=y}, {@code a.E16=text}). A multiple-choice item always becomes a list, even of one
 * option; any other item one value, or the list of its values when a tampered form sends several
 * (the sheet then refuses it). Nothing is judged here: wrong values and unknown items are passed on
 * for the sheet to name.
 */
public final class AnswerFields {

  /** Prefix of the form fields that carry answers. */
  public static final String PREFIX = "a.";

  private AnswerFields() {}

  /**
   * The answers of {@code form} keyed by item code, in the order posted.
   *
   * @param kinds the kind of each item of the round's instrument, by code
   */
  public static Map<String, Object> read(
      Map<String, List<String>> form, Map<String, ItemKind> kinds) {
    Map<String, Object> answers = new LinkedHashMap<>();
    if (form == null) {
      return answers;
    }
    form.forEach(
        (name, values) -> {
          if (name == null || !name.startsWith(PREFIX) || name.length() == PREFIX.length()) {
            return;
          }
          String code = name.substring(PREFIX.length());
          List<String> given = values == null ? List.of() : values;
          answers.put(code, value(kinds.get(code), given));
        });
    return answers;
  }

  /** The field name of an item's answer. */
  public static String field(String itemCode) {
    return PREFIX + itemCode;
  }

  private static Object value(ItemKind kind, List<String> values) {
    if (kind == ItemKind.MULTIPLE) {
      List<String> chosen = new ArrayList<>();
      values.stream().filter(v -> v != null && !v.isBlank()).forEach(chosen::add);
      return chosen;
    }
    if (values.isEmpty()) {
      return null;
    }
    return values.size() == 1 ? values.get(0) : List.copyOf(values);
  }
}
