package it.kenes.browser;

import it.kenes.support.Kenes;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.NoSuchFrameException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser tests' waits and what they say when a wait is in vain: every wait is on something the
 * page shows (never a fixed sleep), up to {@link #WAIT}, and its failure names the page's address
 * and visible text.
 */
final class Pages {

  /** How long a browser test waits for a page to show something (a loaded machine is slow). */
  static final Duration WAIT = Duration.ofSeconds(45);

  private Pages() {}

  /**
   * Waits until {@code until} answers something other than null or false; a stale element is asked
   * again. Fails with the page's address and text.
   */
  static <T> T await(WebDriver driver, Function<WebDriver, T> until) {
    return await(driver, until, () -> "");
  }

  /** The same, the failure also naming what {@code about} says (e.g. a status line's text). */
  static <T> T await(WebDriver driver, Function<WebDriver, T> until, Supplier<String> about) {
    try {
      return new WebDriverWait(driver, WAIT, Duration.ofMillis(250))
          .ignoring(StaleElementReferenceException.class)
          .until(
              d -> {
                T value = until.apply(d);
                return Boolean.FALSE.equals(value) ? null : value;
              });
    } catch (TimeoutException e) {
      String detail = about.get();
      throw new AssertionError(
          "waited in vain"
              + (detail.isEmpty() ? "" : " (" + detail + ")")
              + "; the page at "
              + location(driver)
              + " shows: "
              + text(driver),
          e);
    }
  }

  /** Waits until the page's visible text contains {@code text}. */
  static void awaitText(WebDriver driver, String text) {
    await(driver, d -> visibleText(d).contains(text));
  }

  /** Waits until {@code until} finds something inside Kenes's frame; stays in the frame. */
  static <T> T inFrame(WebDriver driver, Function<WebDriver, T> until) {
    return await(
        driver,
        d -> {
          try {
            d.switchTo().defaultContent();
            d.switchTo().frame(DevPlatformLauncher.FRAME);
            return until.apply(d);
          } catch (NoSuchFrameException e) {
            return null;
          }
        });
  }

  /** The development platform's course page with {@code role} chosen, first user and course. */
  static void coursePage(WebDriver driver, String role) {
    driver.switchTo().defaultContent();
    driver.get(Kenes.browserBaseUrl() + "/dev/platform");
    new Select(driver.findElement(By.id("role"))).selectByValue(role);
    new Select(driver.findElement(By.id("locale"))).selectByValue("en");
  }

  /**
   * As the instructor on the development platform's course page, places {@code activity} in the
   * course as a graded link through Kenes's deep-linking picker; returns the platform's entry of
   * the placed link ({@code data-dev-link} holds its id). Stays in Kenes's frame.
   */
  static WebElement placeGradedLink(WebDriver driver, String activity) {
    coursePage(driver, "instructor");
    driver.findElement(By.id("deep-link")).click();
    WebElement option =
        inFrame(
            driver,
            d ->
                d
                    .findElements(
                        By.cssSelector(
                            "form#kenes-deep-link-picker [data-kenes-activity='" + activity + "']"))
                    .stream()
                    .findFirst()
                    .orElse(null));
    option.findElement(By.cssSelector("input[name='activity']")).click();
    option.findElement(By.cssSelector("input[name='grade']")).click();
    driver.findElement(By.id("kenes-deep-link-place")).click();
    return inFrame(
        driver,
        d ->
            d.findElements(By.cssSelector("#dev-placed-links li[data-dev-link]")).stream()
                .filter(li -> li.getText().contains(activity))
                .findFirst()
                .orElse(null));
  }

  /** The page's visible text ({@code innerText}), empty while there is no page to read. */
  static String visibleText(WebDriver driver) {
    try {
      Object text =
          ((JavascriptExecutor) driver)
              .executeScript("return document.body ? document.body.innerText : ''");
      return String.valueOf(text);
    } catch (NoSuchElementException | StaleElementReferenceException e) {
      return "";
    }
  }

  /** The current document's address (in a frame: the frame's). */
  static String location(WebDriver driver) {
    try {
      return String.valueOf(((JavascriptExecutor) driver).executeScript("return location.href"));
    } catch (RuntimeException e) {
      return "(unknown)";
    }
  }

  /** The visible text on one line, cut at 1,500 characters, for a failure message. */
  static String text(WebDriver driver) {
    String oneLine = visibleText(driver).replaceAll("\\s+", " ");
    return oneLine.length() > 1500 ? oneLine.substring(0, 1500) + "…" : oneLine;
  }

  /**
   * Saves what the browser shows as {@code target/screenshots/NAME.png}, for a person to look at
   * after the run; a browser that cannot take one is noted, not a failure.
   */
  static void screenshot(WebDriver driver, String name) {
    try {
      java.nio.file.Path folder = java.nio.file.Path.of("target", "screenshots");
      java.nio.file.Files.createDirectories(folder);
      byte[] png =
          ((org.openqa.selenium.TakesScreenshot) driver)
              .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
      java.nio.file.Files.write(folder.resolve(name + ".png"), png);
    } catch (java.io.IOException | RuntimeException e) {
      System.out.println("no screenshot " + name + ": " + e);
    }
  }

  /**
   * Like {@link #screenshot} for what Kenes's frame shows with {@code shown} scrolled into view:
   * the frame element's picture, taken from the platform's page; stays in the frame.
   */
  static void screenshotInFrame(WebDriver driver, WebElement shown, String name) {
    try {
      ((org.openqa.selenium.JavascriptExecutor) driver)
          .executeScript("arguments[0].scrollIntoView({block: 'start'})", shown);
      driver.switchTo().defaultContent();
      WebElement frame = driver.findElement(By.name(DevPlatformLauncher.FRAME));
      ((org.openqa.selenium.JavascriptExecutor) driver)
          .executeScript("arguments[0].scrollIntoView({block: 'start'})", frame);
      java.nio.file.Path folder = java.nio.file.Path.of("target", "screenshots");
      java.nio.file.Files.createDirectories(folder);
      java.nio.file.Files.write(
          folder.resolve(name + ".png"),
          frame.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    } catch (java.io.IOException | RuntimeException e) {
      System.out.println("no screenshot " + name + ": " + e);
    } finally {
      driver.switchTo().frame(DevPlatformLauncher.FRAME);
    }
  }
}
