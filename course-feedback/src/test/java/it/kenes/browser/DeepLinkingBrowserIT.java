package it.kenes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.Kenes;
import it.kenes.support.Unique;
import it.kenes.survey.RespondentFixture;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Deep linking in a real browser, as an instructor does it from an LMS course page: the development
 * platform (on 127.0.0.1, Kenes on localhost in its iframe, third-party cookies blocked) sends a
 * deep linking request, the instructor picks a survey of the demo course in Kenes's picker with
 * "report participation to the gradebook", Kenes's response posts itself back to the platform,
 * which verifies it and shows the placed link; launched from the course page as a learner, the
 * placed link opens exactly that survey's open round; the learner answers it, and the platform's
 * gradebook shows a completed 1 of 1 for that activity (the score went through Kenes's outbox), and
 * the instructor's grades page reads it back from the platform's results service. Only the stable
 * hooks are used (docs/lti-advantage.md).
 */
class DeepLinkingBrowserIT extends BrowserTest {

  private final RespondentFixture fixture = new RespondentFixture();

  @Test
  void anInstructorPlacesASurveyAndTheCreatedLinkOpensIt() {
    String mark = Unique.suffix();
    long[] ids =
        fixture.openSurvey(
            fixture.instrument(mark), fixture.demoAgronomyProgram(), "Deep linked " + mark);
    String activity = "survey:" + ids[0];
    WebDriver driver = driver();

    WebElement placed = Pages.placeGradedLink(driver, activity);
    assertThat(placed.getText())
        .contains("Deep linked " + mark)
        .contains("kenes_activity=" + activity)
        .contains("kenes_grade=participation")
        .contains("grade column");
    String linkId = placed.getAttribute("data-dev-link");

    driver.switchTo().defaultContent();
    Pages.coursePage(driver, "learner");
    driver.findElement(By.id("launch-" + linkId)).click();

    String opened =
        Pages.inFrame(
            driver,
            d -> {
              String url = Pages.location(d);
              return url.contains("/app/surveys/rounds/" + ids[1] + "?") ? url : null;
            });
    assertThat(opened).startsWith(Kenes.baseUrl().toString());

    // the learner completes it; the platform's gradebook gets a completed 1 of 1 (AGS outbox)
    driver.findElement(By.cssSelector("label[for='q-Q1-2']")).click();
    driver.findElement(By.cssSelector("label[for='q-Q2-3']")).click();
    driver.findElement(By.cssSelector("label[for='q-Q3-lt1']")).click();
    driver.findElement(By.cssSelector("label[for='q-Q4-video']")).click();
    driver.findElement(By.cssSelector("form[data-survey-form] button[type='submit']")).click();
    Pages.inFrame(driver, d -> Pages.text(d).contains("Your answers were saved") ? true : null);

    driver.switchTo().defaultContent();
    WebElement score =
        new WebDriverWait(driver, Pages.WAIT, Duration.ofMillis(500))
            .until(
                d -> {
                  d.get(Kenes.browserBaseUrl() + "/dev/platform/gradebook");
                  return d.findElements(By.cssSelector("section.dev-frame")).stream()
                      .filter(column -> column.getText().contains(activity))
                      .flatMap(
                          column -> column.findElements(By.cssSelector("tr[data-score]")).stream())
                      .findFirst()
                      .orElse(null);
                });
    assertThat(score.getAttribute("data-score")).matches("1(\\.0)?/1(\\.0)?");
    assertThat(score.getText()).contains("Completed", "FullyGraded");

    // the instructor reads the platform's gradebook from Kenes's grades page (results service)
    Pages.coursePage(driver, "instructor");
    driver.findElement(By.id("launch")).click();
    Pages.inFrame(driver, d -> first(d, By.cssSelector("a[href*='/app/course/grades']"))).click();
    Pages.inFrame(driver, d -> first(d, By.id("kenes-gradebook-read"))).click();
    WebElement reported =
        Pages.inFrame(
            driver,
            d ->
                first(
                    d,
                    By.cssSelector(
                        "[data-kenes-gradebook-link='"
                            + activity
                            + "'][data-kenes-gradebook-outcome='read']")));
    assertThat(reported.isDisplayed()).isTrue();
    assertThat(driver.findElements(By.cssSelector("td[data-kenes-gradebook='reported']")))
        .extracting(WebElement::getText)
        .contains("1 / 1");
  }
}
