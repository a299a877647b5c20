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
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An instructor of the demo course, launched by the development platform into its iframe (a
 * third-party frame, cookies blocked), goes from their landing page to the demo survey, opens its
 * report, sees Table 2 and the charts drawn, and downloads the three exports from the report's
 * links.
 */
class ReportBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(45);
  private static final String DEMO_SURVEY = "Agronomy: satisfaction before and after";

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

  @Test
  void anInstructorOpensTheReportInTheFrameAndDownloadsTheExports() {
    WebDriver driver = browser.driver();
    launchAsInstructor(driver);
    WebDriverWait wait = new WebDriverWait(driver, WAIT, Duration.ofMillis(250));

    inFrame(driver);
    click(wait, By.cssSelector("a[href*='/app/surveys?']"));
    click(wait, By.partialLinkText(DEMO_SURVEY));
    click(wait, By.cssSelector("a[href*='/report?']"));

    WebElement table2 = wait.until(d -> first(d, By.id("table2")));
    assertThat(table2.getText()).contains("Employers", "High", "Dissatisfied");
    wait.until(d -> !d.findElements(By.cssSelector("[data-chart] svg")).isEmpty());

    for (String export : List.of("responses.csv", "codebook.csv", "responses.sps")) {
      String href =
          driver
              .findElement(By.cssSelector("a[href*='/export/" + export + "']"))
              .getAttribute("href");
      String body = download(driver, href);
      assertThat(body).as(export).isNotBlank();
      if (export.equals("responses.csv")) {
        assertThat(body).startsWith("\uFEFF");
        assertThat(body.lines().count()).isGreaterThan(100);
      }
      if (export.equals("responses.sps")) {
        assertThat(body).contains("VALUE LABELS");
      }
    }
  }

  /**
   * The file behind a download link, fetched by the page itself (same origin, same session),
   * decoded with any byte order mark kept.
   */
  private static String download(WebDriver driver, String href) {
    Object text =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.ok ? r.arrayBuffer() : null)"
                    + ".then(b => done(b === null ? 'HTTP error'"
                    + " : new TextDecoder('utf-8', {ignoreBOM: true}).decode(b)),"
                    + " e => done('failed: ' + e));",
                href);
    return String.valueOf(text);
  }

  private static void launchAsInstructor(WebDriver driver) {
    driver.get(Kenes.browserBaseUrl() + "/dev/platform");
    new Select(driver.findElement(By.id("role"))).selectByValue("instructor");
    new Select(driver.findElement(By.id("locale"))).selectByValue("en");
    driver.findElement(By.id("launch")).click();
    new WebDriverWait(driver, WAIT, Duration.ofMillis(250))
        .until(
            d -> {
              inFrame(d);
              boolean landed = !d.findElements(By.cssSelector("body[data-kenes-role]")).isEmpty();
              d.switchTo().defaultContent();
              return landed;
            });
  }

  private static void inFrame(WebDriver driver) {
    driver.switchTo().defaultContent();
    driver.switchTo().frame("kenes-frame");
  }

  private static void click(WebDriverWait wait, By by) {
    wait.until(d -> first(d, by)).click();
  }

  private static WebElement first(WebDriver driver, By by) {
    List<WebElement> found = driver.findElements(by);
    return found.isEmpty() ? null : found.get(0);
  }
}
