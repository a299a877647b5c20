package it.kenes.browser;

import it.kenes.support.Kenes;
import java.time.Duration;
import java.util.List;
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
 * Launches Kenes the way an LMS course page does: opens the development platform at {@code
 * /dev/platform} under the browser base URL (another site than Kenes's public URL), fills its form
 * and launches into the iframe {@value #FRAME}, then waits for a landing page there.
 *
 * <p>Contract with the development platform: a form with the fields {@code role} (values such as
 * {@code learner}, {@code instructor}, {@code admin}, {@code site-admin}), {@code user}, {@code
 * course} and {@code locale} and a {@code launch} button, launching into the iframe named {@value
 * #FRAME}. Contract with the landing page: {@code <body data-kenes-role="…">} and {@code <html
 * lang="…">}.
 */
final class DevPlatformLauncher {

  /** The name of the development platform's iframe that Kenes is launched into. */
  static final String FRAME = "kenes-frame";

  private static final Duration LAUNCH_TIMEOUT = Duration.ofSeconds(45);

  private final WebDriver driver;

  DevPlatformLauncher(WebDriver driver) {
    this.driver = driver;
  }

  /**
   * Launches as {@code role} in {@code locale} and waits until the frame holds a page whose body
   * carries a role; fails with the frame's text and the browser console when none comes. Leaves the
   * driver on the platform's page: {@link #enterFrame()} goes into the frame.
   */
  Landing launch(String role, String locale) {
    return launch(role, locale, null);
  }

  /**
   * Like {@link #launch(String, String)} with the platform's "offer platform storage" switch
   * ({@code storage} checkbox) set on or off; null leaves the page's default (on).
   */
  Landing launch(String role, String locale, Boolean storage) {
    String devPlatform = Kenes.browserBaseUrl() + "/dev/platform";
    driver.get(devPlatform);
    requireLaunchForm(devPlatform);
    choose("role", role);
    keepOrPickFirst("user");
    keepOrPickFirst("course");
    choose("locale", locale);
    if (storage != null) {
      WebElement box = driver.findElement(By.id("storage"));
      if (box.isSelected() != storage) {
        box.click();
      }
    }
    driver.findElement(By.id("launch")).click();
    return awaitLanding();
  }

  /**
   * Like {@link #launch(String, String)} as the person at {@code userIndex} in the platform's user
   * list (0 the first), for a test that needs two people in the same course.
   */
  Landing launchAs(String role, String locale, int userIndex) {
    String devPlatform = Kenes.browserBaseUrl() + "/dev/platform";
    driver.get(devPlatform);
    requireLaunchForm(devPlatform);
    choose("role", role);
    new Select(driver.findElement(By.id("user"))).selectByIndex(userIndex);
    keepOrPickFirst("course");
    choose("locale", locale);
    driver.findElement(By.id("launch")).click();
    return awaitLanding();
  }

  /** Switches the driver into the frame Kenes was launched into. */
  void enterFrame() {
    driver.switchTo().defaultContent();
    driver.switchTo().frame(FRAME);
  }

  private void requireLaunchForm(String url) {
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
    if (driver.findElements(By.cssSelector("iframe[name='" + FRAME + "']")).isEmpty()) {
      throw new AssertionError("the development platform at " + url + " has no iframe " + FRAME);
    }
  }

  private void choose(String id, String value) {
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
  private void keepOrPickFirst(String id) {
    WebElement field = driver.findElement(By.id(id));
    if ("select".equalsIgnoreCase(field.getTagName())) {
      Select select = new Select(field);
      if (select.getAllSelectedOptions().isEmpty() && !select.getOptions().isEmpty()) {
        select.selectByIndex(0);
      }
    }
  }

  /** Waits until the frame holds a page whose body carries a role, or times out with its text. */
  private Landing awaitLanding() {
    WebDriverWait wait = new WebDriverWait(driver, LAUNCH_TIMEOUT, Duration.ofMillis(250));
    try {
      return wait.until(d -> landingInFrame());
    } catch (TimeoutException e) {
      throw new AssertionError(
          "no landing page with data-kenes-role appeared in frame "
              + FRAME
              + " within "
              + LAUNCH_TIMEOUT.toSeconds()
              + " s; the frame shows: "
              + frameText()
              + "; browser console: "
              + consoleMessages(),
          e);
    } finally {
      driver.switchTo().defaultContent();
    }
  }

  private Landing landingInFrame() {
    try {
      enterFrame();
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
  private String frameText() {
    try {
      enterFrame();
      JavascriptExecutor js = (JavascriptExecutor) driver;
      Object url = js.executeScript("return location.href");
      Object text = js.executeScript("return document.body ? document.body.innerText : ''");
      return url + " -> " + abbreviated(String.valueOf(text));
    } catch (RuntimeException e) {
      return "(no frame "
          + FRAME
          + ": "
          + e.getClass().getSimpleName()
          + ") page: "
          + abbreviated(driver.getPageSource());
    }
  }

  /** What the browser logged (CSP refusals, failed loads), newest last. */
  private String consoleMessages() {
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
  record Landing(String role, String lang, String url) {
    String describe() {
      return "landing page " + url + " (role " + role + ", lang " + lang + ")";
    }
  }
}
