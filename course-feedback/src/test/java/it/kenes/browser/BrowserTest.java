package it.kenes.browser;

import it.kenes.support.Kenes;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The life of a browser test: finds Chromium once per class (printing {@link
 * Chromium#SKIPPED_MARKER} with the reason when there is none, which CI looks for), starts a fresh
 * headless browser before each test, skipping the test without one, and closes it after.
 */
abstract class BrowserTest {

  private static Chromium.Found found;
  private Chromium.Session browser;
  private Chromium.Session other;

  @BeforeAll
  static void findChromium() {
    found = Chromium.find();
    if (found.chromium() == null) {
      System.out.println(Chromium.SKIPPED_MARKER + ": " + found.reason());
    }
  }

  @BeforeEach
  void startBrowser() throws IOException {
    Assumptions.assumeTrue(found.chromium() != null, () -> found.reason());
    // the build's server reports itself started before the application is (a loaded machine)
    Kenes.awaitReady();
    browser = found.chromium().start();
  }

  @AfterEach
  void quitBrowser() {
    if (browser != null) {
      browser.close();
    }
    if (other != null) {
      other.close();
    }
  }

  /** This test's browser. */
  WebDriver driver() {
    return browser.driver();
  }

  /**
   * A second browser of this test, another person's: its own profile (no cookies of the first) and
   * another User-Agent. Started on first use, closed after the test.
   */
  WebDriver otherBrowser() {
    if (other == null) {
      try {
        other = found.chromium().start("Mozilla/5.0 (X11; Linux x86_64) KenesIT other browser");
      } catch (IOException e) {
        throw new AssertionError("could not start a second Chromium", e);
      }
    }
    return other.driver();
  }

  /** The development platform of this test's browser, to launch Kenes into its frame. */
  DevPlatformLauncher devPlatform() {
    return new DevPlatformLauncher(driver());
  }

  /** The first element {@code by} finds, or null (for waits). */
  static WebElement first(WebDriver driver, By by) {
    List<WebElement> found = driver.findElements(by);
    return found.isEmpty() ? null : found.get(0);
  }
}
