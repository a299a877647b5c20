package it.kenes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.Unique;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The structured question form in a real browser, inside the development platform's course page:
 * the instructor writes a quiz of one question in GIFT, then adds a second with the form (a true or
 * false statement in Kazakh, Russian and English; the form first refuses it without its answer and
 * keeps what was typed); the learner starts an attempt and finds the added question on the paper.
 * Every run writes a new quiz, so the test passes again on the same database.
 */
class QuizQuestionFormBrowserIT extends BrowserTest {

  @Test
  void anInstructorAddsAQuestionWithTheFormAndALearnerIsAskedIt() {
    String title = "Form check " + Unique.suffix();
    String statement = "Chernozem is fertile " + Unique.suffix();
    WebDriver driver = driver();

    Pages.coursePage(driver, "instructor");
    driver.findElement(By.id("launch")).click();
    Pages.inFrame(driver, d -> first(d, By.cssSelector("body[data-kenes-role]")));
    open(driver, "/app/course/quizzes");
    Pages.inFrame(driver, d -> first(d, By.id("quiz-title"))).sendKeys(title);
    driver.findElement(By.id("quiz-gift")).sendKeys("::q1::Wheat is a cereal. {T}\n");
    driver.findElement(By.cssSelector("form#kenes-quiz-create button[type='submit']")).click();
    String quizId =
        Pages.inFrame(
            driver,
            d -> {
              Matcher m = Pattern.compile("/app/course/quizzes/(\\d+)").matcher(Pages.location(d));
              return m.find() ? m.group(1) : null;
            });

    WebElement add = Pages.inFrame(driver, d -> first(d, By.id("kenes-quiz-add-question")));
    new Select(add.findElement(By.id("add-question-type"))).selectByValue("TRUE_FALSE");
    add.findElement(By.cssSelector("button[type='submit']")).click();
    Pages.inFrame(driver, d -> first(d, By.id("kenes-question-form")));
    driver.findElement(By.id("f-text-en")).sendKeys(statement);
    driver.findElement(By.id("f-text-kk")).sendKeys("Қара топырақ құнарлы");
    driver.findElement(By.id("f-text-ru")).sendKeys("Чернозём плодороден");
    driver.findElement(By.cssSelector("#kenes-question-form button[value='save']")).click();
    WebElement errors = Pages.inFrame(driver, d -> first(d, By.id("kenes-question-errors")));
    assertThat(errors.getText()).contains("Say whether the statement is true or false.");
    assertThat(driver.findElement(By.id("f-text-en")).getAttribute("value")).isEqualTo(statement);
    driver.findElement(By.cssSelector("label[for='f-truth-true']")).click();
    driver.findElement(By.cssSelector("#kenes-question-form button[value='save']")).click();
    WebElement row =
        Pages.inFrame(driver, d -> first(d, By.cssSelector("tr[data-kenes-question='q2']")));
    assertThat(row.getText()).contains(statement);
    assertThat(Pages.text(driver)).contains("The question was added");

    Pages.coursePage(driver, "learner");
    driver.findElement(By.id("launch")).click();
    Pages.inFrame(driver, d -> first(d, By.cssSelector("body[data-kenes-role]")));
    open(driver, "/app/quizzes/" + quizId);
    Pages.inFrame(driver, d -> first(d, By.id("kenes-quiz-start"))).click();
    Pages.inFrame(driver, d -> first(d, By.id("kenes-attempt-submit")));
    assertThat(Pages.text(driver)).contains(statement, "Wheat is a cereal.");
    assertThat(driver.findElements(By.cssSelector("input[name='a.q2'][value='true']"))).hasSize(1);
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
}
