package it.kenes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.browser.DevPlatformLauncher.Landing;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Both login paths in Chromium through the development platform (opened on 127.0.0.1, Kenes on
 * localhost, third-party cookies blocked): with the platform's storage on, Kenes stores the login's
 * secret in the course page's storage frame ({@code lti.put_data}), reads it back at the launch
 * ({@code lti.get_data}) and sets no state cookie; with it off, the state cookie and the browser
 * fingerprint carry the login as before, and the storage frame is never asked.
 */
class PlatformStorageBrowserIT extends BrowserTest {

  private static final String STORAGE_FRAME = "kenes-dev-storage";

  @Test
  void withPlatformStorageTheLaunchIsBoundThroughTheStorageFrameWithoutAStateCookie() {
    Landing landing = devPlatform().launch("learner", "en", true);

    WebElement storage = storageFrameBody();
    String stored = storage.getAttribute("data-dev-stored");
    String reads = storage.getAttribute("data-dev-read");
    driver().switchTo().defaultContent();
    devPlatform().enterFrame();
    var stateCookies = stateCookies(driver());

    assertThat(landing.role()).as(landing.describe()).isEqualTo("learner");
    assertThat(stored).startsWith("kenes_ps." + STORAGE_FRAME + ".").doesNotContain(" ");
    assertThat(reads).isEqualTo("1");
    assertThat(stateCookies).isEmpty();
  }

  @Test
  void withoutPlatformStorageTheCookieAndFingerprintPathLaunches() {
    Landing landing = devPlatform().launch("instructor", "ru", false);

    WebElement storage = storageFrameBody();
    String stored = storage.getAttribute("data-dev-stored");

    assertThat(landing.role()).as(landing.describe()).isEqualTo("instructor");
    assertThat(landing.lang()).startsWith("ru");
    assertThat(stored).isNull();
  }

  private WebElement storageFrameBody() {
    driver().switchTo().defaultContent();
    driver().switchTo().frame(STORAGE_FRAME);
    return driver().findElement(By.tagName("body"));
  }

  private static java.util.List<Cookie> stateCookies(WebDriver driver) {
    return driver.manage().getCookies().stream()
        .filter(c -> c.getName().startsWith("__Host-kenes_st_"))
        .toList();
  }
}
