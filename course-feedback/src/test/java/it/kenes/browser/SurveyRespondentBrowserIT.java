package it.kenes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.Kenes;
import it.kenes.support.Unique;
import it.kenes.survey.RespondentFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Respondents answering in a real browser. A learner launched by the development platform (on
 * 127.0.0.1, framing Kenes on localhost with third-party cookies blocked) in Kazakh answers a
 * survey of the demo course inside the iframe, one item with the keyboard only, sees the draft
 * autosaved, submits and sees the confirmation. An employer opens an invitation link top-level in
 * Russian, answers, submits, sees the thank-you page and comes back to change the answers (the
 * submission id kept in a cookie, never in the address). Assertions are on the visible text.
 */
class SurveyRespondentBrowserIT extends BrowserTest {

  private final RespondentFixture fixture = new RespondentFixture();

  @Test
  void aLearnerAnswersInKazakhInsideTheLmsFrameWithTheKeyboardForOneItem() {
    String mark = Unique.suffix();
    long[] ids =
        fixture.openSurvey(
            fixture.instrument(mark), fixture.demoAgronomyProgram(), "Browser " + mark);
    WebDriver driver = driver();
    launchAsLearnerInKazakh();

    WebElement link =
        Pages.await(
            driver,
            d -> first(d, By.cssSelector("a[href*='/app/surveys/rounds/" + ids[1] + "?']")));
    assertThat(link.getText()).isEqualTo("Бағдарламаға қанағаттану " + mark);
    link.click();
    Pages.await(
        driver, d -> Pages.visibleText(d).contains("Бағдарлама жұмысқа дайындайды") ? true : null);
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("kk");
    Pages.screenshot(driver, "learner-round-kk");

    // item 1 by keyboard only: Tab from the link above the form into the radio group, Space
    // chooses the first point, the arrow keys move the choice to "Иә" (yes)
    focus(driver, driver.findElement(By.cssSelector("main a")));
    Actions keys = new Actions(driver);
    for (int i = 0; i < 12 && !"a.Q1".equals(activeName(driver)); i++) {
      keys.sendKeys(Keys.TAB).perform();
    }
    assertThat(activeName(driver)).as("focus reached item 1 by Tab").isEqualTo("a.Q1");
    keys.sendKeys(Keys.SPACE).perform();
    keys.sendKeys(Keys.ARROW_RIGHT).perform();
    keys.sendKeys(Keys.ARROW_RIGHT).perform();
    keys.sendKeys(Keys.ARROW_RIGHT).perform();
    assertThat(driver.findElement(By.id("q-Q1-3")).isSelected()).isTrue();
    assertThat(driver.findElement(By.cssSelector("label[for='q-Q1-3']")).getText()).isEqualTo("Иә");

    driver.findElement(By.cssSelector("label[for='q-Q2-2']")).click();
    driver.findElement(By.cssSelector("label[for='q-Q3-gt1']")).click();
    driver.findElement(By.cssSelector("label[for='q-Q4-quiz']")).click();
    driver.findElement(By.id("q-Q5-input")).sendKeys("Дала тәжірибесі көбірек болсын");

    WebElement status = driver.findElement(By.cssSelector("[data-autosave-status]"));
    Pages.await(driver, d -> status.getText().startsWith("Нобай сақталды:") ? true : null);
    assertThat(status.getAttribute("aria-live")).isEqualTo("polite");
    Pages.screenshot(driver, "learner-autosaved-kk");

    driver.findElement(By.cssSelector("form[data-survey-form] button[type='submit']")).click();
    Pages.await(
        driver, d -> Pages.visibleText(d).contains("Жауаптарыңыз сақталды; оларды") ? true : null);
    assertThat(Pages.visibleText(driver)).contains("дейін өзгертуге болады");
    Object focused =
        ((JavascriptExecutor) driver)
            .executeScript("return document.activeElement.hasAttribute('data-focus-on-load')");
    assertThat(focused).as("the confirmation has the focus").isEqualTo(true);
    Pages.screenshot(driver, "learner-saved-kk");
    assertThat(fixture.counts(ids[0], ids[1], "learner")).containsExactly(1, 0);
  }

  @Test
  void anEmployerAnswersThroughAnInvitationLinkInRussian() {
    String mark = Unique.suffix();
    long[] ids =
        fixture.openSurvey(fixture.instrument(mark), fixture.program("AGR-201"), "Inv " + mark);
    String token = fixture.invitation(ids[0], ids[1], "employer", 1, false);
    WebDriver driver = driver();

    driver.get(Kenes.baseUrl() + "/survey/i/" + token + "?lang=ru");

    assertThat(driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("Удовлетворённость программой " + mark);
    driver.findElement(By.cssSelector("label[for='q-Q1-2']")).click();
    driver.findElement(By.cssSelector("label[for='q-Q2-3']")).click();
    driver.findElement(By.cssSelector("label[for='q-Q3-lt1']")).click();
    driver.findElement(By.cssSelector("label[for='q-Q4-video']")).click();
    driver.findElement(By.id("pairCode")).sendKeys("ALM-MAY");
    Pages.screenshot(driver, "invitation-ru");
    driver.findElement(By.cssSelector("form[data-survey-form] button[type='submit']")).click();

    Pages.await(driver, d -> Pages.visibleText(d).contains("Спасибо!") ? true : null);
    assertThat(Pages.visibleText(driver)).contains("Ваши ответы получены.", "Изменить мои ответы");
    Pages.screenshot(driver, "invitation-thanks-ru");
    assertThat(driver.getCurrentUrl()).doesNotContain("submissionId");
    assertThat(fixture.counts(ids[0], ids[1], "employer")).containsExactly(1, 0);

    // the browser kept the submission in the link's cookie: its answers come back to change
    driver.findElement(By.linkText("Изменить мои ответы")).click();
    Pages.await(
        driver,
        d -> Pages.visibleText(d).contains("Вы изменяете уже отправленные ответы") ? true : null);
    assertThat(driver.findElement(By.id("q-Q1-2")).isSelected()).isTrue();
    assertThat(driver.getCurrentUrl()).doesNotContain("submissionId");
  }

  /** Launches as a learner in Kazakh and goes into the frame. */
  private void launchAsLearnerInKazakh() {
    DevPlatformLauncher devPlatform = devPlatform();
    DevPlatformLauncher.Landing landing = devPlatform.launch("learner", "kk");
    assertThat(landing.role()).as(landing.describe()).isEqualTo("learner");
    devPlatform.enterFrame();
  }

  private static void focus(WebDriver driver, WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", element);
  }

  private static String activeName(WebDriver driver) {
    Object name =
        ((JavascriptExecutor) driver)
            .executeScript("return document.activeElement && document.activeElement.name");
    return name == null ? null : name.toString();
  }
}
