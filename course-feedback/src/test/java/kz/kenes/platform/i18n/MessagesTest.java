package kz.kenes.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessagesTest {

  private final Messages messages = new Messages();

  @Test
  void explicitChoiceWinsOverLaunchAndBrowser() {
    assertThat(messages.choose("kk", "ru-RU", "en-US,en;q=0.9")).isEqualTo(locale("kk"));
  }

  @ParameterizedTest
  @CsvSource({"ru-RU, ru", "kk_KZ, kk", "kk-KZ, kk", "en-GB, en", "RU, ru", "' ru ', ru"})
  void launchLocaleIsUsedWhenThereIsNoExplicitChoice(String launchLocale, String expected) {
    assertThat(messages.choose(null, launchLocale, "en")).isEqualTo(locale(expected));
  }

  @Test
  void unsupportedExplicitChoiceFallsBackToTheLaunchLocale() {
    assertThat(messages.choose("de", "ru-RU", null)).isEqualTo(locale("ru"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ru-RU,ru;q=0.9,en;q=0.8 | ru",
        "en;q=0.3, kk;q=0.9 | kk",
        "de-DE,fr;q=0.9,ru;q=0.5 | ru",
        "*;q=0.5, kk-KZ | kk",
      })
  void acceptLanguageIsReadByQuality(String header, String expected) {
    assertThat(messages.choose(null, null, header)).isEqualTo(locale(expected));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"de-DE,fr;q=0.9", "zz", "not a header;;q=", "''"})
  void unsupportedOrBrokenAcceptLanguageMeansEnglish(String header) {
    assertThat(messages.choose(null, null, header)).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void nothingKnownMeansEnglish() {
    assertThat(messages.choose(null, null, null)).isEqualTo(Locale.ENGLISH);
    assertThat(messages.choose(" ", "", " ")).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void textIsTranslatedAndFormatted() {
    assertThat(messages.text(locale("ru"), "landing.greeting.named", "Айгерим"))
        .isEqualTo("Здравствуйте, Айгерим");
    assertThat(messages.text(locale("kk"), "layout.language")).isEqualTo("Тіл");
    assertThat(messages.text(Locale.ENGLISH, "error.status", 404)).isEqualTo("Error 404");
  }

  @Test
  void unknownKeyIsShownAsItself() {
    assertThat(messages.text(Locale.ENGLISH, "no.such.key")).isEqualTo("no.such.key");
  }

  private static Locale locale(String tag) {
    return Locale.forLanguageTag(tag);
  }
}
