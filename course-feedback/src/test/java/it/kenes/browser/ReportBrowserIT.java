package it.kenes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An instructor of the demo course, launched by the development platform into its iframe (a
 * third-party frame, cookies blocked), goes from their landing page to the demo survey, opens its
 * report, sees Table 2 and the charts drawn, and downloads the three exports from the report's
 * links.
 */
class ReportBrowserIT extends BrowserTest {

  private static final Duration WAIT = Duration.ofSeconds(45);
  private static final String DEMO_SURVEY = "Agronomy: satisfaction before and after";

  @Test
  void anInstructorOpensTheReportInTheFrameAndDownloadsTheExports() {
    WebDriver driver = driver();
    DevPlatformLauncher devPlatform = devPlatform();
    devPlatform.launch("instructor", "en");
    WebDriverWait wait = new WebDriverWait(driver, WAIT, Duration.ofMillis(250));

    devPlatform.enterFrame();
    click(wait, By.cssSelector("a[href*='/app/surveys?']"));
    click(wait, By.partialLinkText(DEMO_SURVEY));
    click(wait, By.cssSelector("a[href*='/report?']"));

    WebElement table2 = until(driver, wait, d -> first(d, By.id("table2")));
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

  private static void click(WebDriverWait wait, By by) {
    wait.until(d -> first(d, by)).click();
  }

  /** {@code wait.until}, failing with the frame's address and text instead of a bare timeout. */
  private static <T> T until(
      WebDriver driver, WebDriverWait wait, java.util.function.Function<WebDriver, T> what) {
    try {
      return wait.until(what::apply);
    } catch (org.openqa.selenium.TimeoutException e) {
      Object shown =
          ((JavascriptExecutor) driver)
              .executeScript(
                  "return location.href + ' :: ' + (document.body ? document.body.innerText : '')");
      String text = String.valueOf(shown).replaceAll("\\s+", " ");
      throw new AssertionError(
          "the frame shows " + (text.length() > 2000 ? text.substring(0, 2000) : text), e);
    }
  }
}
