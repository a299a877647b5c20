package it.kenes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.Kenes;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Where the session lives in a real browser (docs/security.md, "Where the session lives"). Kenes
 * launched into the development platform's iframe (another site, third-party cookies blocked) keeps
 * its session in a partitioned cookie: the address of the frame carries only the cookie reference
 * {@code c.<id>} once the page has loaded, and its links too. A copied link, cookie reference or
 * URL-borne reference alike, opens nothing in another person's browser. A top-level window (the
 * admin sign-in) works the same way.
 */
class SessionInBrowserIT extends BrowserTest {

  private static final Duration WAIT = Duration.ofSeconds(45);

  @Test
  void inTheLmsFrameTheSessionLivesInAPartitionedCookieAndLeavesTheAddress() {
    DevPlatformLauncher devPlatform = devPlatform();
    DevPlatformLauncher.Landing landing = devPlatform.launch("instructor", "en");
    assertThat(landing.role()).as(landing.describe()).isEqualTo("instructor");
    devPlatform.enterFrame();
    WebDriver driver = driver();

    String address = wait(driver, d -> cookieAddress(d));
    assertThat(address).as("the frame's address once loaded").matches(".*/app\\?kt=c\\.\\d+.*");
    assertThat(script(driver, "return document.querySelectorAll('a[href*=\"kt=u.\"]').length"))
        .as("links of a page whose browser kept the cookie carry no URL-borne reference")
        .isEqualTo(0L);
    assertThat(loadedAddress(driver))
        .as("the launch redirect carried a URL-borne reference, never the session token")
        .matches(".*/app\\?kt=u\\.\\d+\\.\\d+\\.[0-9a-f]{32}$");

    driver.findElement(By.cssSelector("a[href^='/app/course/plan']")).click();
    wait(driver, d -> d.findElement(By.tagName("h1")).getText().isBlank() ? null : true);
    assertThat(driver.getPageSource()).doesNotContain("Not signed in");
    assertThat(cookieAddress(driver)).contains("/app/course/plan?kt=c.");
  }

  @Test
  void aCopiedLinkOpensNothingInAnotherPersonsBrowser() {
    DevPlatformLauncher devPlatform = devPlatform();
    devPlatform.launch("instructor", "en");
    devPlatform.enterFrame();
    WebDriver driver = driver();
    String cookieAddress = wait(driver, d -> cookieAddress(d));
    String urlBorne = loadedAddress(driver);

    WebDriver other = otherBrowser();
    other.get(cookieAddress);
    assertThat(bodyText(other))
        .as("a cookie reference without the cookie")
        .contains("launch Kenes again");
    other.get(urlBorne);
    assertThat(bodyText(other))
        .as("a URL-borne reference in a browser with another User-Agent is refused, not adopted")
        .contains("launch Kenes again");
    assertThat(bodyText(other)).doesNotContain("Course plan");
  }

  @Test
  void aTopLevelWindowKeepsTheSessionInItsCookieToo() {
    WebDriver driver = driver();
    driver.get(Kenes.baseUrl() + "/admin?lang=en");
    driver.findElement(By.id("token")).sendKeys(Kenes.adminToken());
    driver.findElement(By.cssSelector("form button[type='submit']")).click();

    String address = wait(driver, d -> cookieAddress(d));
    assertThat(address).contains("/app/admin/platforms?kt=c.");
    driver.findElement(By.cssSelector("a[href^='/app/admin/programs']")).click();
    wait(driver, d -> d.getCurrentUrl().contains("/app/admin/programs") ? true : null);
    String programs = wait(driver, d -> cookieAddress(d));
    assertThat(programs).contains("/app/admin/programs?kt=c.");
    assertThat(bodyText(driver)).doesNotContain("launch Kenes again");
  }

  /** The page's address once kenes.js cleaned it: a {@code kt=c.} reference, else null (wait). */
  private static String cookieAddress(WebDriver driver) {
    String href = (String) script(driver, "return window.location.href");
    return href.contains("kt=c.") ? href : null;
  }

  /** The address the page was loaded from, before kenes.js replaced it. */
  private static String loadedAddress(WebDriver driver) {
    return (String) script(driver, "return performance.getEntriesByType('navigation')[0].name");
  }

  private static String bodyText(WebDriver driver) {
    return driver.findElement(By.tagName("body")).getText();
  }

  private static Object script(WebDriver driver, String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  private static <T> T wait(WebDriver driver, Function<WebDriver, T> until) {
    return new WebDriverWait(driver, WAIT, Duration.ofMillis(250)).until(until::apply);
  }
}
