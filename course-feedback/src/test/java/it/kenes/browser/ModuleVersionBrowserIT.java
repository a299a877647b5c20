package it.kenes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.Kenes;
import it.kenes.support.LtiRoles;
import it.kenes.support.Programs;
import it.kenes.support.TestPlatform;
import it.kenes.support.Unique;
import it.kenes.survey.RespondentFixture;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.kenes.lti.LtiClaims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The whole story of a module's versions in a real browser (docs/module-feedback.md, "Versions"): a
 * learner launched by the development platform in Kazakh rates a module of the demo course (the
 * rating saves itself) and changes the answer with the button; an administrator makes a new version
 * of the module; the learner's course page and the module's page now say that the module has a new
 * version and the form is empty again; five more learners rate each version through the API so that
 * the privacy minimum allows a comparison; the course's instructor sees version 2 against version 1
 * with its t and d figures.
 *
 * <p>The module is a new one of a new program of the demo university, delivered by the demo course
 * for this test only (the course's modules are put back after it), so that the test passes on any
 * database however often it ran before: the demo learner has never rated this module.
 */
class ModuleVersionBrowserIT extends BrowserTest {

  private final RespondentFixture fixture = new RespondentFixture();
  private final AdminApi admin = AdminApi.asAdmin();
  private DemoCourse demoCourse;
  private Long programId;
  private TestPlatform platform;

  @AfterEach
  void putTheDemoCourseBack() {
    if (demoCourse != null) {
      demoCourse.putBack();
    }
    if (platform != null) {
      platform.close();
    }
    if (programId != null) {
      admin.send("DELETE", "/api/admin/programs/" + programId, null);
    }
  }

  @Test
  void aLearnerIsAskedAgainAfterANewModuleVersionAndTheInstructorSeesTheComparison() {
    Kenes.awaitReady();
    WebDriver driver = driver();
    DevPlatformLauncher devPlatform = devPlatform();
    DevPlatformLauncher.Landing landing = devPlatform.launch("learner", "kk");
    assertThat(landing.role()).as(landing.describe()).isEqualTo("learner");
    devPlatform.enterFrame();
    String learnerKt = pageReference(driver);
    demoCourse = DemoCourse.ofPageInFrame(driver, admin);

    String code = "VER-" + Unique.suffix().toUpperCase();
    String title = "Нұсқалар модулі " + code;
    long university = fixture.universityOf(fixture.demoAgronomyProgram());
    programId =
        Programs.aProgram()
            .code("V" + Unique.suffix().toUpperCase())
            .name("Нұсқалар бағдарламасы")
            .languages("kk", "ru")
            .withModule(titled(code, title))
            .createIn(admin, university)
            .programId();
    demoCourse.deliver(programId, code);
    long moduleId = demoCourse.moduleId(code);

    // the learner rates version 1: the rating saves itself once every statement is answered
    open(driver, "/app/course/modules/" + moduleId + "/feedback?lang=kk&kt=" + learnerKt);
    Pages.awaitText(driver, title);
    Pages.awaitText(driver, "Модульдің мақсаттары маған");
    assertThat(Pages.visibleText(driver))
        .containsIgnoringCase("1-нұсқа"); // the eyebrow is upper case
    assertThat(driver.findElements(By.cssSelector("input[name^='a.M']:checked"))).isEmpty();
    answer(driver, 1, 1, 2, 1);
    Pages.await(
        driver, d -> statusText(d).startsWith("Баға ") && statusText(d).contains("сақталды"));
    assertThat(learnerAnswer(driver, learnerKt, moduleId, "M01")).isEqualTo(1);

    // ... and changes the answer with the button (the plain post, confirmed on the page)
    driver.findElement(By.cssSelector("label[for='q-M01-0']")).click();
    driver.findElement(By.cssSelector("form[data-survey-form] button[type='submit']")).click();
    Pages.awaitText(driver, "Бағаңыз сақталды");
    assertThat(driver.findElement(By.id("q-M01-0")).isSelected()).isTrue();
    assertThat(learnerAnswer(driver, learnerKt, moduleId, "M01")).isZero();

    // five more learners rate version 1, low
    platform = TestPlatform.registerFor(university);
    String course = "course-" + Unique.suffix();
    List<AdminApi> learners = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      learners.add(learner(course));
      if (i == 0) {
        fixture.deliver(Http.contextRef(bearer(learners.get(0))), programId, code);
      }
      rate(learners.get(i), moduleId, i < 3 ? 1 : 0, 1);
    }

    // an administrator makes version 2
    HttpAnswer revised =
        admin.send(
            "PUT",
            "/api/admin/programs/" + programId + "/modules/" + code,
            JsonText.of(Map.of("code", code, "title", title + " (қайта қаралған)", "credits", 5)));
    assertThat(revised.status()).as("%s", revised).isEqualTo(200);

    // the learner's course page says the module has a new version; its page asks again
    driver.findElement(By.linkText("Курс кеңістігіне оралу")).click();
    WebElement card =
        Pages.await(
            driver,
            d ->
                first(
                    d,
                    By.xpath(
                        "//li[.//a[contains(@href, '/app/course/modules/" + moduleId + "/')]]")));
    assertThat(card.getText())
        .containsIgnoringCase("2-нұсқа")
        .contains("Жаңа нұсқа: қайта бағалаңыз");
    card.findElement(By.cssSelector("a[href*='/app/course/modules/" + moduleId + "/']")).click();
    Pages.awaitText(driver, "модульдің жаңа нұсқасы шықты");
    assertThat(Pages.visibleText(driver))
        .containsIgnoringCase("2-нұсқа")
        .contains("(қайта қаралған)");
    assertThat(driver.findElements(By.cssSelector("input[name^='a.M']:checked"))).isEmpty();
    answer(driver, 3, 3, 2, 3);
    Pages.await(
        driver, d -> statusText(d).startsWith("Баға ") && statusText(d).contains("сақталды"));
    assertThat(learnerAnswer(driver, learnerKt, moduleId, "M01")).isEqualTo(3);

    // five more learners rate version 2, high
    for (int i = 0; i < 5; i++) {
      rate(learner(course), moduleId, i < 3 ? 3 : 2, 2);
    }

    // the demo course's instructor sees version 2 against version 1
    DevPlatformLauncher.Landing staff = devPlatform.launch("instructor", "kk");
    assertThat(staff.role()).as(staff.describe()).isEqualTo("instructor");
    devPlatform.enterFrame();
    String instructorKt = pageReference(driver);
    open(driver, "/app/course/module-feedback?lang=kk&module=" + moduleId + "&kt=" + instructorKt);
    WebElement comparison =
        Pages.await(
            driver,
            d -> {
              WebElement section =
                  first(d, By.cssSelector("section[aria-labelledby='comparison-heading']"));
              return section != null && section.getText().contains("t = ") ? section : null;
            });
    String figures = comparison.getText();
    assertThat(figures)
        .contains("2-нұсқа мен 1-нұсқаны салыстыру")
        .contains("Уэлч t-критерийі", "Стьюдент t-критерийі", "Коэн d");
    assertThat(figures).containsPattern("t = \\d+\\.\\d{2}, df = [\\d.]+, p = 0\\.\\d{3}");
    assertThat(figures).containsPattern("(?m)^\\d+\\.\\d{2} \\[-?\\d+\\.\\d{2}; \\d+\\.\\d{2}\\]");
    assertThat(Pages.visibleText(driver)).contains(title + " (қайта қаралған)");
    Pages.screenshotInFrame(driver, comparison, "module-report-versions-kk");
  }

  /** The module as the admin API takes it, with a Kazakh title. */
  private static Map<String, Object> titled(String code, String title) {
    Map<String, Object> module = Programs.module(code);
    module.put("title", title);
    return module;
  }

  private AdminApi learner(String course) {
    String subject = "learner-" + Unique.suffix();
    String token =
        platform
            .launchIntoCourse(
                LtiRoles.LEARNER,
                course,
                t ->
                    t.with(LtiClaims.SUB, subject)
                        .with(LtiClaims.RESOURCE_LINK, Map.of("id", "l-" + subject, "title", "W")))
            .sessionToken();
    return AdminApi.withAuthorization("Bearer " + token);
  }

  private static String bearer(AdminApi api) {
    return api.authorization().substring("Bearer ".length());
  }

  private static void rate(AdminApi learner, long moduleId, int score, int version) {
    HttpAnswer rated =
        learner.send(
            "POST",
            "/api/module-feedback/modules/" + moduleId + "/rating",
            JsonText.of(
                Map.of(
                    "moduleVersion",
                    version,
                    "answers",
                    Map.of("M01", score, "M02", score, "M03", 2, "M04", score))));
    assertThat(rated.status()).as("%s", rated).isEqualTo(201);
  }

  /** The learner's stored answer to {@code item} of the module's current version. */
  private static int learnerAnswer(WebDriver driver, String kt, long moduleId, String item) {
    return fetchInFrame(driver, "/api/module-feedback/modules/" + moduleId + "/form", kt)
        .getJsonObject("answers")
        .getInt(item);
  }

  private static JsonObject fetchInFrame(WebDriver driver, String path, String kt) {
    return DemoCourse.fetchInFrame(driver, path, kt);
  }

  /** Answers the four statements by clicking their labels, as a person does. */
  private static void answer(WebDriver driver, int m01, int m02, int m03, int m04) {
    int[] scores = {m01, m02, m03, m04};
    for (int i = 0; i < scores.length; i++) {
      driver
          .findElement(By.cssSelector("label[for='q-M0" + (i + 1) + "-" + scores[i] + "']"))
          .click();
    }
  }

  private static String pageReference(WebDriver driver) {
    return DemoCourse.pageReference(driver);
  }

  /** Opens a Kenes page in the current frame, as a link in it would. */
  private static void open(WebDriver driver, String pathAndQuery) {
    ((JavascriptExecutor) driver)
        .executeScript("location.assign(arguments[0])", Kenes.baseUrl() + pathAndQuery);
  }

  private static String statusText(WebDriver driver) {
    WebElement status = first(driver, By.cssSelector("[data-autosave-status]"));
    try {
      return status == null ? "" : status.getText();
    } catch (StaleElementReferenceException e) {
      return "";
    }
  }
}
