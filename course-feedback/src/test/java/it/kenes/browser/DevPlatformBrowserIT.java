package it.kenes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.browser.DevPlatformLauncher.Landing;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The whole launch in a real browser: the development platform at {@code /dev/platform}, opened
 * under another site name (127.0.0.1) than Kenes's public URL (localhost), launches Kenes into its
 * iframe {@code kenes-frame} through the real OIDC flow, with third-party cookies blocked, as an
 * LMS course page would. The landing page inside the frame must show the chosen role and speak the
 * chosen language.
 *
 * <p>{@link DevPlatformLauncher} holds the contract with the platform's form and the landing page.
 */
class DevPlatformBrowserIT extends BrowserTest {

  @ParameterizedTest(name = "launch as {0} -> {1} landing page")
  @CsvSource({
    "learner, learner",
    "instructor, instructor",
    "admin, admin",
    "site-admin, admin",
    "course-admin, instructor",
    "none, learner"
  })
  void launchesIntoTheLandingPageOfTheChosenRole(String platformRole, String kenesRole) {
    Landing landing = devPlatform().launch(platformRole, "en");

    assertThat(landing.role()).as(landing.describe()).isEqualTo(kenesRole);
  }

  @ParameterizedTest(name = "launch in {0}")
  @CsvSource({"kk, learner", "ru, instructor", "en, admin"})
  void landingPageSpeaksTheChosenLanguage(String locale, String role) {
    Landing landing = devPlatform().launch(role, locale);

    assertThat(landing.lang()).as(landing.describe()).matches(locale + "(-[A-Za-z]+)?");
    assertThat(landing.role()).as(landing.describe()).isEqualTo(role);
  }
}
