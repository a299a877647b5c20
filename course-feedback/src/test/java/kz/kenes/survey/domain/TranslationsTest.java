package kz.kenes.survey.domain;

import static org.assertj.core.api.Assertions.assertThat;

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
}
