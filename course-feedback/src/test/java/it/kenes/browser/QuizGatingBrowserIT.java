package it.kenes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import it.kenes.support.AdminApi;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.Unique;
import it.kenes.survey.RespondentFixture;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 13's learner journey in a real browser, inside the development platform's course page: the
 * instructor delivers a module with lessons, writes a quiz of five statements (4 of 5 to pass),
 * places it in the first lesson, makes the second lesson require it, makes it the course's
 * certificate rule and places it in the course as a graded link; the learner launched from that
 * link fails (3 of 5), follows "Review the lesson" to the first lesson, finds the second locked
 * with the quiz that unlocks it, tries again and passes; the second lesson opens, the platform's
 * gradebook shows the completed score (through Kenes's score outbox), and the certificate's PDF,
 * fetched as the learner's browser fetches it, carries a QR code whose link verifies it. Every run
 * writes a new quiz, so the test passes again on the same database.
 */
class QuizGatingBrowserIT extends BrowserTest {

  private static final String PROGRAM = "GATE-BT";
  private static final String MODULE = "GATE-101";
  private static final String GIFT =
      "::q1::Wheat is a cereal. {T}\n\n::q2::Rye is a cereal. {T}\n\n::q3::Barley is a cereal."
          + " {T}\n\n::q4::Oats are a cereal. {T}\n\n::q5::Maize is a cereal. {T}\n";

  private final RespondentFixture fixture = new RespondentFixture();
  private final AdminApi admin = AdminApi.asAdmin();

  @Test
  void aLearnerFailsReviewsRetriesPassesAndGetsAVerifiableCertificate() throws Exception {
    it.kenes.support.Kenes.awaitReady();
    gatedModuleInTheDemoUniversity();
    String title = "Gate check " + Unique.suffix();
    WebDriver driver = driver();

    // the instructor: the course delivers the module; a quiz; its lesson and rule; certificate
    Pages.coursePage(driver, "instructor");
    driver.findElement(By.id("launch")).click();
    Pages.inFrame(driver, d -> first(d, By.cssSelector("body[data-kenes-role]")));
    open(driver, "/app/course/plan");
    WebElement box =
        Pages.inFrame(
            driver, d -> first(d, By.xpath("//label[.//code[text()='" + MODULE + "']]/input")));
    if (!box.isSelected()) {
      box.click();
      box.findElement(By.xpath("ancestor::form//button[@type='submit']")).click();
      Pages.inFrame(driver, d -> Pages.location(d).contains("done=") ? true : null);
    }

    open(driver, "/app/course/quizzes");
    Pages.inFrame(driver, d -> first(d, By.id("quiz-title"))).sendKeys(title);
    driver.findElement(By.id("quiz-gift")).sendKeys(GIFT);
    driver.findElement(By.id("rule-correct")).click();
    WebElement threshold = driver.findElement(By.id("rule-value"));
    threshold.clear();
    threshold.sendKeys("4");
    driver.findElement(By.cssSelector("form#kenes-quiz-create button[type='submit']")).click();
    String quizId =
        Pages.inFrame(
            driver,
            d -> {
              Matcher m = Pattern.compile("/app/course/quizzes/(\\d+)").matcher(Pages.location(d));
              return m.find() ? m.group(1) : null;
            });

    open(driver, "/app/lessons/rules");
    WebElement placement =
        Pages.inFrame(
            driver,
            d ->
                first(d, By.cssSelector("form.kenes-placement[data-kenes-quiz='" + quizId + "']")));
    new Select(placement.findElement(By.name("lesson")))
        .selectByVisibleText(MODULE + " · 1. Soil types");
    placement.findElement(By.cssSelector("button[type='submit']")).click();
    Pages.inFrame(
        driver, d -> Pages.text(d).contains("The lesson of the quiz was saved.") ? true : null);
    new Select(driver.findElement(By.id("rule-target")))
        .selectByVisibleText(MODULE + " · 2. Soil fertility");
    new Select(driver.findElement(By.id("rule-quiz"))).selectByValue(quizId);
    driver.findElement(By.cssSelector("form#kenes-rule-add button[type='submit']")).click();
    Pages.inFrame(driver, d -> Pages.text(d).contains("The rule was added.") ? true : null);

    open(driver, "/app/course/certificates");
    WebElement rule =
        Pages.inFrame(
            driver,
            d ->
                first(
                    d,
                    By.xpath(
                        "//form[@id='kenes-certificate-rules']//label[text()='"
                            + title
                            + "']/preceding-sibling::input")));
    rule.click();
    WebElement auto = driver.findElement(By.id("autoIssue"));
    if (!auto.isSelected()) {
      auto.click();
    }
    driver
        .findElement(By.cssSelector("form#kenes-certificate-rules button[type='submit']"))
        .click();
    Pages.inFrame(driver, d -> Pages.location(d).contains("done=") ? true : null);

    // ... and places the quiz in the course as a graded link (deep linking)
    String activity = "quiz:" + quizId;
    driver.switchTo().defaultContent();
    WebElement placed = Pages.placeGradedLink(driver, activity);
    String linkId = placed.getAttribute("data-dev-link");

    // the learner opens the placed quiz and fails with 3 of 5
    driver.switchTo().defaultContent();
    Pages.coursePage(driver, "learner");
    driver.findElement(By.id("launch-" + linkId)).click();
    Pages.inFrame(driver, d -> first(d, By.id("kenes-quiz-start"))).click();
    answer(driver, 3);
    WebElement failed = Pages.inFrame(driver, d -> first(d, By.id("kenes-attempt-result")));
    assertThat(failed.getAttribute("data-kenes-passed")).isEqualTo("false");
    assertThat(failed.getText())
        .contains("3 / 5", "Review the lesson «Soil types», then try again.");

    // reviews the lesson; the next one is locked and says which quiz unlocks it
    driver.findElement(By.id("kenes-review-lesson")).click();
    assertThat(Pages.inFrame(driver, d -> first(d, By.id("kenes-lesson-title"))).getText())
        .isEqualTo("1. Soil types");
    driver.findElement(By.linkText("Back to the lessons")).click();
    WebElement locked = Pages.inFrame(driver, d -> lessonItem(d, "Soil fertility"));
    assertThat(locked.getAttribute("data-kenes-lesson-locked")).isEqualTo("true");
    assertThat(locked.getText()).contains("locked", "Pass to unlock:", title);
    assertThat(locked.findElements(By.linkText("Soil fertility"))).isEmpty();

    // tries again from the link that unlocks it, and passes
    locked.findElement(By.linkText(title)).click();
    Pages.inFrame(driver, d -> first(d, By.id("kenes-quiz-start"))).click();
    answer(driver, 5);
    WebElement passed = Pages.inFrame(driver, d -> first(d, By.id("kenes-attempt-result")));
    assertThat(passed.getAttribute("data-kenes-passed")).isEqualTo("true");

    open(driver, "/app/lessons");
    WebElement unlocked = Pages.inFrame(driver, d -> lessonItem(d, "Soil fertility"));
    assertThat(unlocked.getAttribute("data-kenes-lesson-locked")).isEqualTo("false");
    unlocked.findElement(By.linkText("Soil fertility")).click();
    assertThat(Pages.inFrame(driver, d -> first(d, By.id("kenes-lesson-title"))).getText())
        .isEqualTo("2. Soil fertility");

    // the platform's gradebook got the kept (passing) result through the score outbox
    driver.switchTo().defaultContent();
    WebElement score =
        new WebDriverWait(driver, Pages.WAIT, Duration.ofMillis(500))
            .until(
                d -> {
                  d.get(it.kenes.support.Kenes.browserBaseUrl() + "/dev/platform/gradebook");
                  return d.findElements(By.cssSelector("section.dev-frame")).stream()
                      .filter(column -> column.getText().contains(activity))
                      .flatMap(
                          column -> column.findElements(By.cssSelector("tr[data-score]")).stream())
                      .filter(row -> row.getText().contains("Completed"))
                      .findFirst()
                      .orElse(null);
                });
    assertThat(score.getAttribute("data-score")).as("5 of 5 points").matches("5(\\.0)?/5(\\.0)?");

    // the certificate: the PDF as the learner's browser downloads it; its QR code verifies
    Pages.coursePage(driver, "learner");
    driver.findElement(By.id("launch")).click();
    WebElement pdfLink =
        Pages.inFrame(
            driver,
            d ->
                d.findElements(By.cssSelector("[data-kenes-certificate]")).stream()
                    .filter(card -> card.findElements(By.cssSelector(".badge")).isEmpty())
                    .flatMap(
                        card ->
                            card.findElements(By.cssSelector("a.kenes-certificate-pdf")).stream())
                    .findFirst()
                    .orElse(null));
    byte[] pdf = download(driver, pdfLink.getAttribute("href"));
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
        .isEqualTo("%PDF-");
    String verifyUrl = qrCodeOf(pdf);
    assertThat(verifyUrl).matches(".*/verify/[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
    driver.switchTo().defaultContent();
    driver.get(verifyUrl);
    WebElement status =
        new WebDriverWait(driver, Pages.WAIT, Duration.ofMillis(250))
            .until(d -> first(d, By.cssSelector("[data-kenes-certificate-status]")));
    assertThat(status.getAttribute("data-kenes-certificate-status")).isEqualTo("valid");
  }

  /** A program of the demo university with a module of three lessons (made once). */
  private void gatedModuleInTheDemoUniversity() {
    long university = fixture.universityOf(fixture.demoAgronomyProgram());
    long program = -1;
    JsonObject page =
        admin.send("GET", "/api/admin/programs?limit=200&university=" + university, null).json();
    for (JsonValue value : page.getJsonArray("items")) {
      if (PROGRAM.equals(value.asJsonObject().getString("code"))) {
        program = value.asJsonObject().getJsonNumber("id").longValue();
      }
    }
    if (program < 0) {
      HttpAnswer created =
          admin.send(
              "POST",
              "/api/admin/programs",
              JsonText.of(
                  Map.of(
                      "universityId",
                      university,
                      "code",
                      PROGRAM,
                      "name",
                      "Gated lessons (browser test)",
                      "field",
                      "Agriculture and veterinary",
                      "level",
                      "bachelor",
                      "languages",
                      List.of("kk", "ru", "en"))));
      assertThat(created.status()).as("%s", created).isEqualTo(201);
      program = created.json().getJsonNumber("id").longValue();
    }
    HttpAnswer module =
        admin.send(
            "POST",
            "/api/admin/programs/" + program + "/modules",
            JsonText.of(
                Map.of(
                    "code",
                    MODULE,
                    "title",
                    "Soil fertility in practice",
                    "credits",
                    2,
                    "lessons",
                    List.of(
                        Map.of("title", "Soil types", "steps", List.of("Video lecture", "Quiz")),
                        Map.of("title", "Soil fertility", "steps", List.of("Lecture", "Lab")),
                        Map.of("title", "Field work", "steps", List.of("Trip"))))));
    assertThat(module.status()).as("%s", module).isIn(201, 409);
  }

  /** Answers the attempt's five statements, the first {@code right} rightly, and submits. */
  private static void answer(WebDriver driver, int right) {
    Pages.inFrame(driver, d -> first(d, By.id("kenes-attempt-submit")));
    for (int i = 1; i <= 5; i++) {
      String value = i <= right ? "true" : "false";
      WebElement input =
          driver.findElement(By.cssSelector("input[name='a.q" + i + "'][value='" + value + "']"));
      driver.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']")).click();
    }
    driver.findElement(By.id("kenes-attempt-submit")).click();
  }

  /** The lesson of the gated module titled {@code lesson} on the learner's lessons page. */
  private static WebElement lessonItem(WebDriver d, String lesson) {
    return d.findElements(By.cssSelector("section")).stream()
        .filter(s -> !s.findElements(By.tagName("h2")).isEmpty())
        .filter(s -> s.findElement(By.tagName("h2")).getText().startsWith(MODULE + " "))
        .flatMap(s -> s.findElements(By.cssSelector("ol.kenes-lessons > li")).stream())
        .filter(li -> li.findElement(By.tagName("h3")).getText().startsWith(lesson))
        .findFirst()
        .orElse(null);
  }

  /** Opens a Kenes page in the frame with the session's page reference (kt) of the page shown. */
  private static void open(WebDriver driver, String path) {
    Pages.inFrame(driver, d -> first(d, By.cssSelector("meta[name='kenes-session']")));
    ((JavascriptExecutor) driver)
        .executeScript(
            "var kt = document.querySelector(\"meta[name='kenes-session']\").content;"
                + "location.href = arguments[0] + '?lang=en&kt=' + encodeURIComponent(kt);",
            path);
    Pages.inFrame(driver, d -> Pages.location(d).contains(path + "?") ? true : null);
  }

  /** The bytes at {@code url}, fetched by the page in the frame (its address and User-Agent). */
  private static byte[] download(WebDriver driver, String url) {
    Object base64 =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.ok ? r.arrayBuffer() : Promise.reject(r.status))"
                    + ".then(b => { var s = ''; var a = new Uint8Array(b);"
                    + " for (var i = 0; i < a.length; i++) s += String.fromCharCode(a[i]);"
                    + " done(btoa(s)); }).catch(e => done('error ' + e));",
                url);
    assertThat(String.valueOf(base64)).doesNotStartWith("error");
    return Base64.getDecoder().decode(String.valueOf(base64));
  }

  private static String qrCodeOf(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150);
      int[] pixels =
          image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
      return new QRCodeReader()
          .decode(
              new BinaryBitmap(
                  new HybridBinarizer(
                      new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
          .getText();
    }
  }
}
