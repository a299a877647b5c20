package it.kenes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.JsonText;
import it.kenes.support.Kenes;
import it.kenes.survey.RespondentFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Module feedback in a real browser. A learner launched by the development platform in Kazakh opens
 * a module of the demo course from the landing page and rates it: with JavaScript the rating saves
 * itself once every statement is answered, and the aria-live status says so. An employer opens a
 * module feedback link top-level in Russian, rates a module of the demo program, and finishes on
 * the thank-you page. Assertions are on the visible text.
 */
class ModuleFeedbackBrowserIT extends BrowserTest {

  private final RespondentFixture fixture = new RespondentFixture();

  @Test
  void aLearnerRatesAModuleInKazakhAndTheRatingSavesItself() {
    Kenes.awaitReady();
    WebDriver driver = driver();
    DevPlatformLauncher devPlatform = devPlatform();
    DevPlatformLauncher.Landing landing = devPlatform.launch("learner", "kk");
    assertThat(landing.role()).as(landing.describe()).isEqualTo("learner");
    devPlatform.enterFrame();

    WebElement module =
        Pages.await(driver, d -> first(d, By.cssSelector("a[href*='/app/course/modules/']")));
    module.click();
    Pages.await(
        driver, d -> Pages.visibleText(d).contains("Модульдің мақсаттары маған") ? true : null);
    WebElement status = driver.findElement(By.cssSelector("[data-autosave-status]"));
    assertThat(status.getAttribute("aria-live")).isEqualTo("polite");

    // a learner who rated this version before (an earlier run, the demo seed) sees their answers:
    // each statement gets a value other than the one checked, so that every click is a change
    boolean fresh = driver.findElements(By.cssSelector("input[name^='a.M']:checked")).isEmpty();
    answerDifferently(driver, "M01");
    answerDifferently(driver, "M02");
    if (fresh) {
      Pages.await(driver, d -> status.getText().startsWith("Барлық міндетті") ? true : null);
    }
    answerDifferently(driver, "M03");
    answerDifferently(driver, "M04");
    Pages.await(
        driver,
        d -> status.getText().startsWith("Баға ") ? true : null,
        () -> "the autosave status says: '" + status.getText() + "'");
    assertThat(status.getText()).contains("сақталды");
    Pages.screenshot(driver, "module-feedback-learner-kk");
  }

  @Test
  void anEmployerRatesAModuleOfTheDemoProgramThroughALinkInRussian() {
    Kenes.awaitReady();
    long programId = fixture.demoAgronomyProgram();
    String token =
        AdminApi.asAdmin()
            .send(
                "POST",
                "/api/module-feedback/links",
                JsonText.of(Map.of("programId", programId, "group", "employer", "maxUses", 5)))
            .json()
            .getString("token");
    WebDriver driver = driver();

    driver.get(Kenes.baseUrl() + "/module-feedback/i/" + token + "?lang=ru");
    assertThat(Pages.visibleText(driver)).contains("Расскажите, формируют ли модули");
    driver.findElement(By.cssSelector("#kenes-outsider-modules a")).click();
    Pages.await(driver, d -> Pages.visibleText(d).contains("Что формирует модуль") ? true : null);
    driver.findElement(By.cssSelector("label[for='q-O01-3']")).click();
    driver.findElement(By.cssSelector("label[for='q-O02-2']")).click();
    driver.findElement(By.cssSelector("label[for='q-O03-3']")).click();
    driver.findElement(By.id("q-O04-input")).sendKeys("Цифровое земледелие");
    Pages.screenshot(driver, "module-feedback-outsider-ru");
    driver.findElement(By.cssSelector("form[data-survey-form] button[type='submit']")).click();

    Pages.await(driver, d -> Pages.visibleText(d).contains("Ваша оценка модуля") ? true : null);
    assertThat(driver.getCurrentUrl()).doesNotContain("submissionId");
    driver.findElement(By.linkText("Я закончил(а)")).click();
    Pages.await(driver, d -> Pages.visibleText(d).contains("Спасибо!") ? true : null);
    assertThat(Pages.visibleText(driver)).contains("Вы оценили модулей программы: 1.");
  }

  /** Checks a value of the statement {@code item} other than the one checked now (3, else 2). */
  private static void answerDifferently(WebDriver driver, String item) {
    List<WebElement> checked =
        driver.findElements(By.cssSelector("input[id^='q-" + item + "-']:checked"));
    String now = checked.isEmpty() ? "" : checked.get(0).getAttribute("value");
    String value = "3".equals(now) ? "2" : "3";
    driver.findElement(By.cssSelector("label[for='q-" + item + "-" + value + "']")).click();
  }
}
