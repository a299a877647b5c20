package kz.kenes.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** templates/error.html with the model of kz.kenes.platform.errors.ErrorResponder. */
class ErrorPageTest {

  private static final Views VIEWS = TestViews.create();

  @Test
  void showsStatusTitleDetailAndReferenceWithoutRole() {
    String html = render("en", 404, "There is nothing at this address.");
    assertThat(html)
        .contains("<title>Not found · Kenes</title>")
        .contains("Error 404")
        .contains("There is nothing at this address.")
        .contains("REF123ABC")
        .doesNotContain("data-kenes-role")
        .doesNotContain("kenes-session");
  }

  @Test
  void unauthorizedPageTellsToLaunchAgain() {
    assertThat(render("ru", 401, "No valid Kenes session"))
        .contains("Вход не выполнен")
        .contains("Откройте Kenes снова со страницы вашего курса");
  }

  @Test
  void unknownStatusGetsTheGeneralTitle() {
    assertThat(render("kk", 418, "teapot")).contains("Қате орын алды").contains("Қате 418");
  }

  @Test
  void detailIsEscaped() {
    assertThat(render("en", 400, "<script>alert(1)</script>"))
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>alert");
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 405, 406, 409, 415, 500, 503})
  void everyKnownStatusIsTranslated(int status) {
    for (String language : new String[] {"kk", "ru", "en"}) {
      String html = render(language, status, "d");
      assertThat(html).doesNotContain("??").contains("<html lang=\"" + language + "\"");
      assertThat(html).contains("/static/kenes.css").contains("/static/kenes.js");
    }
  }

  private static String render(String language, int status, String detail) {
    Map<String, Object> model = new HashMap<>();
    model.put("status", status);
    model.put("detail", detail);
    model.put("reference", "REF123ABC");
    model.put("lang", language);
    return VIEWS.render("error", Locale.forLanguageTag(language), model);
  }
}
