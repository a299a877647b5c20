package kz.kenes.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import kz.kenes.platform.web.TestViews;
import kz.kenes.platform.web.Views;
import org.junit.jupiter.api.Test;

class SignInPageTest {

  private static final Views VIEWS = TestViews.create();

  @Test
  void formPostsTheTokenAndTheLanguage() {
    String html = render("ru", false, false);
    assertThat(html)
        .contains("<form class=\"form\" method=\"post\" action=\"/admin\"")
        .contains("type=\"password\"")
        .contains("<input type=\"hidden\" name=\"lang\" value=\"ru\">")
        .contains("Вход администратора")
        .contains("href=\"/admin?lang=kk\"")
        .doesNotContain("data-kenes-role")
        .doesNotContain("kenes-session")
        .doesNotContain("??");
  }

  @Test
  void refusedTokenIsSaidNextToTheField() {
    String html = render("en", true, false);
    assertThat(html)
        .contains("role=\"alert\"")
        .contains("That admin token is not correct.")
        .contains("aria-invalid=\"true\"")
        .contains("aria-describedby=\"token-hint token-error\"");
  }

  @Test
  void closedSignInIsSaid() {
    assertThat(render("kk", false, true)).contains("Кіру жабық");
  }

  private static String render(String language, boolean refused, boolean closed) {
    Locale locale = Locale.forLanguageTag(language);
    return VIEWS.render(
        "admin/sign-in", locale, AdminSignInResource.model(locale, refused, closed).asMap());
  }
}
