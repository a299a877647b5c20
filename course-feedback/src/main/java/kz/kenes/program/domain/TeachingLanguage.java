package kz.kenes.program.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A language a program is taught in: Kazakh, Russian or English (ISO 639-1 codes). */
public enum TeachingLanguage {
  KK,
  RU,
  EN;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<TeachingLanguage> ofCode(String code) {
    return Arrays.stream(values()).filter(l -> l.code().equals(code)).findFirst();
  }

  /** The set as stored in one column: codes in kk, ru, en order, comma separated. */
  static String toColumn(Collection<TeachingLanguage> languages) {
    return EnumSet.copyOf(languages).stream()
        .map(TeachingLanguage::code)
        .collect(Collectors.joining(","));
  }

  static Set<TeachingLanguage> fromColumn(String column) {
    Set<TeachingLanguage> languages = EnumSet.noneOf(TeachingLanguage.class);
    for (String code : column.split(",")) {
      ofCode(code.strip()).ifPresent(languages::add);
    }
    return languages;
  }
}
