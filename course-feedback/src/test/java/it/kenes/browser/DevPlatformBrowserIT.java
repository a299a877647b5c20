package it.kenes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.Kenes;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.NoSuchFrameException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole launch in a real browser: the development platform at {@code /dev/platform}, opened
 * under another site name (127.0.0.1) than Kenes's public URL (localhost), launches Kenes into its
 * iframe {@code kenes-frame} through the real OIDC flow, with third-party cookies blocked, as an
 * LMS course page would. The landing page inside the frame must show the chosen role and speak the
 * chosen language.
 *
 * <p>Contract with the development platform: a form with the fields {@code role} (values such as
 * {@code learner}, {@code instructor}, {@code admin}, {@code site-admin}), {@code user}, {@code
 * course} and {@code locale} and a {@code launch} button, launching into the iframe named {@code
 * kenes-frame}. Contract with the landing page: {@code <body data-kenes-role="…">} and {@code <html
 * lang="…">}.
 */
class DevPlatformBrowserIT {

  private static final Duration LAUNCH_TIMEOUT = Duration.ofSeconds(45);

  private static Chromium.Found found;
  private Chromium.Session browser;

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
    browser = found.chromium().start();
  }

  @AfterEach
  void quitBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

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
    Landing landing = launch(platformRole, "en");

    assertThat(landing.role()).as(landing.describe()).isEqualTo(kenesRole);
  }

  @ParameterizedTest(name = "launch in {0}")
  @CsvSource({"kk, learner", "ru, instructor", "en, admin"})
  void landingPageSpeaksTheChosenLanguage(String locale, String role) {
    Landing landing = launch(role, locale);

    assertThat(landing.lang()).as(landing.describe()).matches(locale + "(-[A-Za-z]+)?");
    assertThat(landing.role()).as(landing.describe()).isEqualTo(role);
  }

  /** Opens the development platform, fills its form and launches into the frame. */
  private Landing launch(String role, String locale) {
    WebDriver driver = browser.driver();
    String devPlatform = Kenes.browserBaseUrl() + "/dev/platform";
    driver.get(devPlatform);
    requireLaunchForm(driver, devPlatform);
    choose(driver, "role", role);
    keepOrPickFirst(driver, "user");
    keepOrPickFirst(driver, "course");
    choose(driver, "locale", locale);
    driver.findElement(By.id("launch")).click();
    return awaitLanding(driver);
  }

  private static void requireLaunchForm(WebDriver driver, String url) {
    for (String id : List.of("role", "user", "course", "locale", "launch")) {
      if (driver.findElements(By.id(id)).isEmpty()) {
        String page = driver.getPageSource();
        throw new AssertionError(
            "the development platform at "
                + url
                + " has no element with id '"
                + id
                + "' (is dev mode on and the dev platform deployed?); page title '"
                + driver.getTitle()
                + "', page: "
                + (page.length() > 800 ? page.substring(0, 800) + "…" : page));
      }
    }
    if (driver.findElements(By.cssSelector("iframe[name='kenes-frame']")).isEmpty()) {
      throw new AssertionError("the development platform at " + url + " has no iframe kenes-frame");
    }
  }

  private static void choose(WebDriver driver, String id, String value) {
    WebElement field = driver.findElement(By.id(id));
    if ("select".equalsIgnoreCase(field.getTagName())) {
      Select select = new Select(field);
      List<String> values =
          select.getOptions().stream().map(option -> option.getAttribute("value")).toList();
      if (values.contains(value)) {
        select.selectByValue(value);
      } else {
        select.selectByVisibleText(value);
      }
    } else if ("radio".equalsIgnoreCase(field.getAttribute("type"))) {
      driver.findElement(By.cssSelector("input[name='" + id + "'][value='" + value + "']")).click();
    } else {
      field.clear();
      field.sendKeys(value);
    }
  }

  /** Keeps the platform's default user and course, picking the first when none is chosen. */
  private static void keepOrPickFirst(WebDriver driver, String id) {
    WebElement field = driver.findElement(By.id(id));
    if ("select".equalsIgnoreCase(field.getTagName())) {
      Select select = new Select(field);
      if (select.getAllSelectedOptions().isEmpty() && !select.getOptions().isEmpty()) {
        select.selectByIndex(0);
      }
    }
  }

  /** Waits until the frame holds a page whose body carries a role, or times out with its text. */
  private static Landing awaitLanding(WebDriver driver) {
    WebDriverWait wait = new WebDriverWait(driver, LAUNCH_TIMEOUT, Duration.ofMillis(250));
    try {
      return wait.until(d -> landingInFrame(d));
    } catch (TimeoutException e) {
      throw new AssertionError(
          "no landing page with data-kenes-role appeared in frame kenes-frame within "
              + LAUNCH_TIMEOUT.toSeconds()
              + " s; the frame shows: "
              + frameText(driver)
              + "; browser console: "
              + consoleMessages(driver),
          e);
    } finally {
      driver.switchTo().defaultContent();
    }
  }

  private static Landing landingInFrame(WebDriver driver) {
    try {
      driver.switchTo().defaultContent();
      driver.switchTo().frame("kenes-frame");
      List<WebElement> bodies = driver.findElements(By.cssSelector("body[data-kenes-role]"));
      if (bodies.isEmpty()) {
        return null;
      }
      String role = bodies.get(0).getAttribute("data-kenes-role");
      String lang = driver.findElement(By.tagName("html")).getAttribute("lang");
      String url =
          String.valueOf(((JavascriptExecutor) driver).executeScript("return location.href"));
      return new Landing(role, lang, url);
    } catch (NoSuchFrameException | NoSuchElementException | StaleElementReferenceException e) {
      return null;
    }
  }

  /** The frame's address and visible text (a browser error page has little else). */
  private static String frameText(WebDriver driver) {
    try {
      driver.switchTo().defaultContent();
      driver.switchTo().frame("kenes-frame");
      JavascriptExecutor js = (JavascriptExecutor) driver;
      Object url = js.executeScript("return location.href");
      Object text = js.executeScript("return document.body ? document.body.innerText : ''");
      return url + " -> " + abbreviated(String.valueOf(text));
    } catch (RuntimeException e) {
      return "(no frame kenes-frame: "
          + e.getClass().getSimpleName()
          + ") page: "
          + abbreviated(driver.getPageSource());
    }
  }

  /** What the browser logged (CSP refusals, failed loads), newest last. */
  private static String consoleMessages(WebDriver driver) {
    try {
      List<String> messages =
          driver.manage().logs().get(LogType.BROWSER).getAll().stream()
              .map(entry -> entry.getLevel() + " " + entry.getMessage())
              .toList();
      return messages.isEmpty() ? "(empty)" : abbreviated(String.join(" | ", messages));
    } catch (RuntimeException e) {
      return "(unavailable: " + e.getClass().getSimpleName() + ")";
    }
  }

  private static String abbreviated(String text) {
    String oneLine = text.replaceAll("\\s+", " ").trim();
    return oneLine.length() > 1500 ? oneLine.substring(0, 1500) + "…" : oneLine;
  }

  /** What the frame showed once the launch was done. */
  private record Landing(String role, String lang, String url) {
    String describe() {
      return "landing page " + url + " (role " + role + ", lang " + lang + ")";
    }
  }
}
