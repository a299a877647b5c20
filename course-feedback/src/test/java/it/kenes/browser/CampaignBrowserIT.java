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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A whole campaign through its pages in a real browser (docs/crowdsourcing.md, "Pages"): a learner
 * finds the campaign on their landing page and proposes with the form; another learner proposes a
 * near-duplicate; the organiser moves the campaign to selection on the desk, finds the duplicate
 * among the similar proposals and merges it, rates and shortlists the proposal; an expert approves
 * it on the experts' page; the learners vote (one on the campaign page); the organiser accepts it
 * with a reason. Steps outside these pages (opening the campaign, giving the expert role, the second
 * learner's proposal and vote) go through the API. Each step waits for visible text; each run makes
 * its own university, so the test passes again on the same database.
 */
class CampaignBrowserIT extends BrowserTest {

  private static final Duration WAIT = Duration.ofSeconds(45);

  private final AdminApi admin = AdminApi.asAdmin();
  private TestPlatform platform;

  @AfterEach
  void closePlatform() {
    if (platform != null) {
      platform.close();
    }
  }

  @Test
  void aCampaignRunsFromProposalToAcceptanceThroughItsPages() {
    Kenes.awaitReady();
    Programs.Created program = Programs.aProgram().withModules("AGR-301").create(admin);
    programId = program.programId();
    platform = TestPlatform.registerFor(program.universityId());
    String course = "course-" + Unique.suffix();
    String learner1 = launch(LtiRoles.LEARNER, course);
    String learner2 = launch(LtiRoles.LEARNER, course);
    Programs.deliver(admin, Http.contextRef(learner1), program.programId(), "AGR-301");
    String organiser = launch(LtiRoles.INSTITUTION_ADMINISTRATOR, course);
    String expert = launch(LtiRoles.INSTRUCTOR, "other-" + Unique.suffix());
    String title = "Precision farming " + Unique.suffix();
    long campaign = openCampaign(title);
    move(campaign, "collection");
    WebDriver driver = driver();

    // a learner proposes from the campaign page, reached from the landing page
    open(driver, learner1, "/app");
    driver.findElement(By.linkText(title)).click();
    waitFor(driver, "Make a proposal");
    driver.findElement(By.id("p-title")).sendKeys("GIS mapping in the field");
    driver.findElement(By.id("p-text")).sendKeys("Teach GIS mapping for field work");
    driver.findElement(By.cssSelector("form[action$='/proposals'] button[type='submit']")).click();
    waitFor(driver, "Your proposal was submitted.");
    long duplicate =
        api(learner2)
            .send(
                "POST",
                "/api/campaigns/" + campaign + "/proposals",
                JsonText.of(
                    Map.of(
                        "kind",
                        "new_competency",
                        "title",
                        "GIS mapping in field work",
                        "text",
                        "Teach GIS mapping for the field work")))
            .json()
            .getJsonNumber("id")
            .longValue();

    // the organiser moves to selection, merges the duplicate, rates and shortlists
    open(driver, organiser, "/app");
    driver.findElement(By.linkText("Organisers' desk")).click();
    waitFor(driver, "Organisers' and facilitators' desk");
    click(driver, "form[action$='/stage'] button");
    waitFor(driver, "The campaign moved to its next stage");
    driver.findElement(By.linkText("Find similar proposals")).click();
    waitFor(driver, "Proposals similar to");
    long original = idOf(driver, "GIS mapping in the field");
    click(driver, "table form[action$='/proposals/" + duplicate + "/merge'] button");
    waitFor(driver, "The proposals were merged");
    click(driver, "form[action$='/proposals/" + original + "/rating'] button");
    waitFor(driver, "Your rating was saved.");
    click(driver, "form[action$='/proposals/" + original + "/shortlist'] button");
    waitFor(driver, "The proposal is on the shortlist.");

    // the expert approves it on the experts' page
    giveExpertRole(campaign, expert);
    open(driver, expert, "/app/campaigns/" + campaign);
    driver.findElement(By.linkText("Review proposals")).click();
    waitFor(driver, "Shortlisted proposals");
    driver.findElement(By.id("strengths-" + original)).sendKeys("Employers ask for it");
    driver.findElement(By.id("weaknesses-" + original)).sendKeys("Needs licences");
    driver.findElement(By.cssSelector("input[name='decision'][value='approve']")).click();
    click(driver, "form[action$='/proposals/" + original + "/review'] button");
    waitFor(driver, "You approved it.");

    // the learners vote, one on the campaign page
    move(campaign, "voting");
    open(driver, learner1, "/app/campaigns/" + campaign);
    click(driver, "form[action$='/proposals/" + original + "/vote'] button");
    waitFor(driver, "Your vote was counted.");
    HttpAnswer vote =
        api(learner2).send("PUT", "/api/proposals/" + original + "/selection/vote", null);
    assertThat(vote.status()).as("%s", vote).isEqualTo(201);

    // the organiser moves to integration and accepts it with a reason
    open(driver, organiser, "/app/campaign-desk/" + campaign);
    click(driver, "form[action$='/stage'] button");
    waitFor(driver, "The campaign moved to its next stage");
    driver.findElement(By.cssSelector("input[name='decision'][value='accept']")).click();
    driver.findElement(By.id("decide-reason-" + original)).sendKeys("Two learners support it");
    click(driver, "form[action$='/proposals/" + original + "/decision'] button");
    waitFor(driver, "The proposal was accepted.");
    assertThat(visibleText(driver)).contains("Reason of the decision: Two learners support it");

    // the author sees the outcome on the proposal's page
    open(driver, learner1, "/app/proposals/" + original);
    waitFor(driver, "Accepted");
    assertThat(visibleText(driver)).contains("GIS mapping in the field", "Version 1: original");
  }

  private String launch(String role, String course) {
    return platform.launchIntoCourse(role, course).sessionToken();
  }

  private static AdminApi api(String session) {
    return AdminApi.withAuthorization("Bearer " + session);
  }

  private long openCampaign(String title) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("programId", programId);
    body.put("title", title);
    body.put("task", "Which competencies should the program form?");
    body.put("keyQuestions", "What is missing?");
    body.put("groups", List.of("learner"));
    body.put("governance", "democratic");
    body.put("votesPerParticipant", 1);
    body.put("minimumSupport", 2);
    HttpAnswer opened = admin.send("POST", "/api/campaigns", JsonText.of(body));
    assertThat(opened.status()).as("%s", opened).isEqualTo(201);
    return opened.json().getJsonNumber("id").longValue();
  }

  private long programId;

  private void move(long campaign, String stage) {
    HttpAnswer moved =
        admin.send(
            "POST", "/api/campaigns/" + campaign + "/stage", JsonText.of(Map.of("stage", stage)));
    assertThat(moved.status()).as("%s", moved).isEqualTo(200);
  }

  private void giveExpertRole(long campaign, String expertSession) {
    long userId = Http.me(expertSession).json().getJsonNumber("userId").longValue();
    HttpAnswer given =
        admin.send(
            "PUT",
            "/api/campaigns/" + campaign + "/members",
            JsonText.of(Map.of("userRef", userId, "role", "expert", "group", "employer")));
    assertThat(given.status()).as("%s", given).isEqualTo(200);
  }

  /** Opens a page as the person of {@code session}, in English. */
  private static void open(WebDriver driver, String session, String path) {
    String kt = URLEncoder.encode(Http.pageReference(session), StandardCharsets.UTF_8);
    driver.get(Kenes.baseUrl() + path + "?kt=" + kt + "&lang=en");
  }

  private static long idOf(WebDriver driver, String title) {
    String text = visibleText(driver);
    java.util.regex.Matcher id =
        java.util.regex.Pattern.compile("#(\\d+) " + java.util.regex.Pattern.quote(title))
            .matcher(text);
    assertThat(id.find()).as("the desk lists %s: %s", title, text).isTrue();
    return Long.parseLong(id.group(1));
  }

  private static void click(WebDriver driver, String css) {
    wait(driver, d -> first(d, By.cssSelector(css))).click();
  }

  private static void waitFor(WebDriver driver, String text) {
    wait(driver, d -> visibleText(d).contains(text) ? true : null);
  }

  private static <T> T wait(WebDriver driver, Function<WebDriver, T> until) {
    try {
      return new WebDriverWait(driver, WAIT, Duration.ofMillis(250)).until(until::apply);
    } catch (TimeoutException e) {
      throw new AssertionError("waited in vain; the page shows: " + visibleText(driver), e);
    }
  }

  private static String visibleText(WebDriver driver) {
    try {
      Object text =
          ((JavascriptExecutor) driver)
              .executeScript("return document.body ? document.body.innerText : ''");
      return String.valueOf(text);
    } catch (NoSuchElementException | StaleElementReferenceException e) {
      return "";
    }
  }
}
