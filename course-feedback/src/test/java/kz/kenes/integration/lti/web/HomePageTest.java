package kz.kenes.integration.lti.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Locale;
import kz.kenes.lti.ToolConfiguration;
import kz.kenes.platform.web.TestViews;
import kz.kenes.platform.web.Views;
import org.junit.jupiter.api.Test;

class HomePageTest {

  private static final Views VIEWS = TestViews.create();
  private static final ToolConfiguration TOOL =
      new ToolConfiguration(URI.create("https://kenes.example.edu"));

  @Test
  void showsWhereToSignInAndTheToolUrlsWithoutASession() {
    String html = render("en", false);
    assertThat(html)
        .contains("href=\"/admin?lang=en\"")
        .contains("https://kenes.example.edu/lti/login")
        .contains("https://kenes.example.edu/lti/jwks")
        .doesNotContain("/dev/platform")
        .doesNotContain("data-kenes-role")
        .doesNotContain("??");
  }

  @Test
  void linksTheDevPlatformOnlyInDevMode() {
    assertThat(render("kk", true)).contains("href=\"/dev/platform\"").contains("Әкімшілерге");
  }

  @Test
  void speaksRussian() {
    assertThat(render("ru", false)).contains("Вход администратора").contains("lang=\"ru\"");
  }

  private static String render(String language, boolean devMode) {
    Locale locale = Locale.forLanguageTag(language);
    return VIEWS.render("home", locale, HomeResource.model(locale, devMode, TOOL).asMap());
  }
}
