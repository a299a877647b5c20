package kz.kenes.survey.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TranslationsTest {

  @Test
  void givesTheTextInTheAskedLanguage() {
    Translations t = new Translations("Иә", "Да", "Yes");

    assertThat(t.in("kk")).isEqualTo("Иә");
    assertThat(t.in("ru")).isEqualTo("Да");
    assertThat(t.in("en")).isEqualTo("Yes");
  }

  @Test
  void fallsBackToEnglishThenRussianThenKazakh() {
    assertThat(new Translations("Иә", "Да", "").in("kk")).isEqualTo("Иә");
    assertThat(new Translations("", "Да", "Yes").in("kk")).isEqualTo("Yes");
    assertThat(new Translations("Иә", "Да", null).in("fr")).isEqualTo("Да");
  }

  @Test
  void refusesATextWithANulCharacterNamingTheLanguage() {
    Map<String, String> errors = new LinkedHashMap<>();

    new Translations("Иә", "Да\u0000", "Yes").check("items[0].text", 1000, errors);

    assertThat(errors)
        .containsOnly(
            Map.entry(
                "items[0].text.ru",
                "'items[0].text.ru' contains a NUL character (U+0000), which cannot be stored;"
                    + " remove it."));
  }
}
