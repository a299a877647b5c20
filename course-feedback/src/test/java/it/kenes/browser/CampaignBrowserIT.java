package it.kenes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.Kenes;
import it.kenes.support.Unique;
import it.kenes.survey.RespondentFixture;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A whole campaign through its pages in a real browser, inside the development platform's frame
 * (docs/crowdsourcing.md, "Pages"), on the demo program its course delivers: a learner finds the
 * campaign on their landing page and proposes with the form; a near-duplicate comes in through the
 * API; the instructor comments on the proposal's page; the organiser (the platform's administrator)
 * moves the campaign to selection on the desk, finds the duplicate among the similar proposals and
 * merges it, rates and shortlists the proposal, and makes the instructor, named by name on the
 * pages, an expert on the members page; the instructor approves it on the experts' page; the
 * learner votes on the campaign page; the organiser moves to integration and accepts it with a
 * reason; the learner reads the outcome on the proposal's page. Steps that have no page (opening
 * the campaign, the move to voting) go through the API. Each step waits for visible text; each run
 * opens its own campaign, so it passes again on the same database.
 */
class CampaignBrowserIT extends BrowserTest {

  private static final Pattern MEMBER_KEY = Pattern.compile("\\b(lti|inv):\\d+");

  private final AdminApi admin = AdminApi.asAdmin();

  @Test
  void aCampaignRunsFromProposalToAcceptanceThroughItsPages() {
    Kenes.awaitReady();
    long programId = new RespondentFixture().demoAgronomyProgram();
    String title = "Precision farming " + Unique.suffix();
    long campaign = openCampaign(programId, title);
    move(campaign, "collection");
    WebDriver driver = driver();

    // a learner proposes from the campaign page, reached from the landing page
    enter("learner");
    click(driver, By.linkText(title));
    Pages.awaitText(driver, "Make a proposal");
    driver.findElement(By.id("p-title")).sendKeys("GIS mapping in the field");
    driver.findElement(By.id("p-text")).sendKeys("Teach GIS mapping for field work");
    click(driver, By.cssSelector("form[action$='/proposals'] button[type='submit']"));
    Pages.awaitText(driver, "Your proposal was submitted.");
    WebElement link = driver.findElement(By.linkText("GIS mapping in the field"));
    Matcher id = Pattern.compile("/app/proposals/(\\d+)").matcher(link.getAttribute("href"));
    assertThat(id.find()).isTrue();
    long original = Long.parseLong(id.group(1));
    long duplicate =
        propose(campaign, "GIS mapping in field work", "Teach GIS mapping for field work");

    // the instructor (a facilitator) comments on the proposal's page
    enter("instructor");
    click(driver, By.linkText(title));
    click(driver, By.linkText("GIS mapping in the field"));
    Pages.awaitText(driver, "Version 1: original, in effect");
    driver.findElement(By.id("c-text")).sendKeys("Which crops first?");
    click(driver, By.cssSelector("form[action$='/comments'] button[type='submit']"));
    Pages.awaitText(driver, "Your comment was posted.");
    String instructor = commentAuthor(driver, "Which crops first?");
    assertThat(instructor).isNotBlank().doesNotContainPattern(MEMBER_KEY);

    // the organiser moves to selection, merges the duplicate, rates and shortlists
    enter("admin");
    click(driver, deskLinkOf(title));
    Pages.awaitText(driver, "Reports of abuse");
    click(driver, By.cssSelector("form[action$='/stage'] button"));
    Pages.awaitText(driver, "The campaign moved to its next stage");
    click(driver, By.cssSelector("a[href*='similar=" + original + "']"));
    Pages.awaitText(driver, "Proposals similar to");
    click(
        driver, By.cssSelector("table form[action$='/proposals/" + duplicate + "/merge'] button"));
    Pages.awaitText(driver, "The proposals were merged");
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("rate-" + original)))
        .selectByValue("5");
    click(driver, By.cssSelector("form[action$='/proposals/" + original + "/rating'] button"));
    Pages.awaitText(driver, "Your rating was saved.");
    click(driver, By.cssSelector("form[action$='/proposals/" + original + "/shortlist'] button"));
    Pages.awaitText(driver, "The proposal is on the shortlist.");
    assertThat(Pages.visibleText(driver)).contains("Usefulness 5 (1 rating(s))");

    // the organiser makes the instructor, found by name, an expert on the members page
    click(driver, By.linkText("Members and roles"));
    Pages.awaitText(driver, "People of the campaign");
    String row = "//tr[td/span[normalize-space()='" + instructor + "']]";
    new org.openqa.selenium.support.ui.Select(
            driver.findElement(By.xpath(row + "//select[@name='role']")))
        .selectByValue("expert");
    click(driver, By.xpath(row + "//form[contains(@action, '/members/role')]//button"));
    Pages.awaitText(driver, "The role was given");

    // the instructor, made expert, approves it on the experts' page
    enter("instructor");
    click(driver, By.linkText(title));
    click(driver, By.linkText("Review proposals"));
    Pages.awaitText(driver, "Shortlisted proposals");
    driver.findElement(By.id("strengths-" + original)).sendKeys("Employers ask for it");
    driver.findElement(By.id("weaknesses-" + original)).sendKeys("Needs licences");
    driver.findElement(By.cssSelector("input[name='decision'][value='approve']")).click();
    click(driver, By.cssSelector("form[action$='/proposals/" + original + "/review'] button"));
    Pages.awaitText(driver, "You approved it.");

    // the learner votes on the campaign page
    move(campaign, "voting");
    enter("learner");
    click(driver, By.linkText(title));
    click(driver, By.cssSelector("form[action$='/proposals/" + original + "/vote'] button"));
    Pages.awaitText(driver, "Your vote was counted.");

    // the organiser moves to integration and accepts it with a reason
    enter("admin");
    click(driver, deskLinkOf(title));
    click(driver, By.cssSelector("form[action$='/stage'] button"));
    Pages.awaitText(driver, "The campaign moved to its next stage");
    driver.findElement(By.cssSelector("input[name='decision'][value='accept']")).click();
    driver.findElement(By.id("decide-reason-" + original)).sendKeys("The learners support it");
    click(driver, By.cssSelector("form[action$='/proposals/" + original + "/decision'] button"));
    Pages.awaitText(driver, "The proposal was accepted.");
    assertThat(Pages.visibleText(driver))
        .contains("Reason of the decision: The learners support it");

    // the author reads the outcome on the proposal's page
    enter("learner");
    click(driver, By.linkText(title));
    click(driver, By.linkText("GIS mapping in the field"));
    Pages.awaitText(driver, "Reason of the decision: The learners support it");
    assertThat(Pages.visibleText(driver)).contains("Accepted", "Which crops first?");
  }

  /**
   * Launches as {@code role} from the development platform and goes into its frame: the instructor
   * is the platform's second person, so that the learner (its first) is not the one made expert.
   */
  private void enter(String role) {
    DevPlatformLauncher devPlatform = devPlatform();
    devPlatform.launchAs(role, "en", "instructor".equals(role) ? 1 : 0);
    devPlatform.enterFrame();
  }

  private static By deskLinkOf(String title) {
    return By.xpath(
        "//li[a[normalize-space()='" + title + "']]/a[contains(@href, '/app/campaign-desk/')]");
  }

  private static String commentAuthor(WebDriver driver, String text) {
    return driver
        .findElement(
            By.xpath(
                "//li[starts-with(@id, 'comment-')][p[normalize-space()='" + text + "']]/p/strong"))
        .getText();
  }

  private long openCampaign(long programId, String title) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("programId", programId);
    body.put("title", title);
    body.put("task", "Which competencies should the program form?");
    body.put("keyQuestions", "What is missing?");
    body.put("groups", List.of("learner"));
    body.put("governance", "democratic");
    body.put("votesPerParticipant", 1);
    body.put("minimumSupport", 1);
    HttpAnswer opened = admin.send("POST", "/api/campaigns", JsonText.of(body));
    assertThat(opened.status()).as("%s", opened).isEqualTo(201);
    return opened.json().getJsonNumber("id").longValue();
  }

  private long propose(long campaign, String title, String text) {
    HttpAnswer proposed =
        admin.send(
            "POST",
            "/api/campaigns/" + campaign + "/proposals",
            JsonText.of(Map.of("kind", "new_competency", "title", title, "text", text)));
    assertThat(proposed.status()).as("%s", proposed).isEqualTo(201);
    return proposed.json().getJsonNumber("id").longValue();
  }

  private void move(long campaign, String stage) {
    HttpAnswer moved =
        admin.send(
            "POST", "/api/campaigns/" + campaign + "/stage", JsonText.of(Map.of("stage", stage)));
    assertThat(moved.status()).as("%s", moved).isEqualTo(200);
  }

  private static void click(WebDriver driver, By by) {
    Pages.await(driver, d -> first(d, by)).click();
  }
}
