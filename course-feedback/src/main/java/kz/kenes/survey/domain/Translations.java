package kz.kenes.survey.domain;

import java.util.Map;
import kz.kenes.platform.text.UntrustedText;

/**
 * A text in Kazakh, Russian and English. Instruments carry all three; a page shows the one in the
 * reader's language, falling back to English, then Russian, then Kazakh.
 */
public record Translations(String kk, String ru, String en) {

  /** The text in {@code language} ({@code kk}, {@code ru} or {@code en}), else a fallback. */
  public String in(String language) {
    String chosen =
        switch (language == null ? "" : language) {
          case "kk" -> kk;
          case "ru" -> ru;
          default -> en;
        };
    return firstPresent(chosen, en, ru, kk);
  }

  /** Where a language is missing or blank, field by field: {@code title.kk} → message. */
  public void check(String field, int maxLength, Map<String, String> errors) {
    checkOne(field + ".kk", kk, maxLength, errors);
    checkOne(field + ".ru", ru, maxLength, errors);
    checkOne(field + ".en", en, maxLength, errors);
  }

  /** The same texts stripped of surrounding white space. */
  public Translations stripped() {
    return new Translations(strip(kk), strip(ru), strip(en));
  }

  private static void checkOne(String field, String value, int max, Map<String, String> errors) {
    if (value == null || value.isBlank()) {
      errors.put(field, "'" + field + "' is required: give the text in kk, ru and en.");
    } else if (value.strip().length() > max) {
      errors.put(field, "'" + field + "' is longer than " + max + " characters.");
    } else if (UntrustedText.containsNul(value)) {
      errors.put(field, UntrustedText.nulMessage(field));
    }
  }

  private static String strip(String value) {
    return value == null ? null : value.strip();
  }

  private static String firstPresent(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return "";
  }
}
