package kz.kenes.quiz.domain;

import java.util.List;
import java.util.Map;

/** Choosing one language's text from a text given in kk, ru and en. */
public final class Texts {

  /** The languages a quiz text may be written in. */
  public static final List<String> LANGUAGES = List.of("kk", "ru", "en");

  private Texts() {}

  /** The text in {@code language}, else in the first language that has one, else "". */
  public static String in(Map<String, String> text, String language) {
    String wanted = text.get(language);
    if (wanted != null && !wanted.isBlank()) {
      return wanted;
    }
    for (String other : LANGUAGES) {
      String value = text.get(other);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return "";
  }
}
