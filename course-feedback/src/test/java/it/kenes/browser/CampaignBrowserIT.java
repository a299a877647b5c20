package it.kenes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.Kenes;
import it.kenes.support.Programs;
import it.kenes.support.Unique;
import it.kenes.survey.RespondentFixture;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A whole campaign through its pages in a real browser, inside the development platform's frame
 * (docs/crowdsourcing.md, "Pages" and "Tests"), on a program of the demo university that the demo
 * course delivers for this test only: a learner finds the campaign on their landing page and
 * proposes with the form, naming the module; a near-duplicate comes in through the API; the
 * organiser (the platform's administrator) makes an invitation link for employers on the campaign's
 * invitations page, and an employer opens it in another browser, joins with a name, amends the
 * proposal (which the learner, its author, accepts) and posts an advertisement as a proposal, which
 * the instructor, a facilitator by their course, hides on the desk with a reason; the organiser
 * moves the campaign to selection on the desk, finds the duplicate among the similar proposals and
 * merges it, rates and shortlists the proposal, corrects its title with the moderator's edit
 * (refused first without a reason), and on the members page finds the instructor by part of their
 * name and makes them an expert; the instructor approves it on the experts' page; the organiser
 * opens the vote on the desk; the learner (twice: counted once) and the employer vote on the
 * campaign page; the organiser moves to integration and accepts it with a reason, follows the desk
 * to the revision record it opened, applies it, reads the diff of the module's new version, and
 * reads on the dashboard and in its CSV exactly Totalks 2 (the proposal and the duplicate merged
 * into it; the hidden advertisement is not counted), Outks 1, Rr 0.5000 and resource intensity
 * 2.0000; the author reads their notifications, follows one to the outcome and reads the support
 * per group. Besides the near-duplicate, only opening the campaign and its move to collection,
 * which have no page, go through the API. Each step waits for what the page shows, never for a
 * time; each run opens its own program and campaign, so it passes again on the same database. The
 * time each step ended is printed (the test's output).
 */
class CampaignBrowserIT extends BrowserTest {

  private static final Pattern MEMBER_KEY = Pattern.compile("\\b(lti|inv):\\d+");

  private final AdminApi admin = AdminApi.asAdmin();
  private DemoCourse demoCourse;
  private Long programId;
  private long started;

  @AfterEach
  void putTheDemoCourseBack() {
    if (demoCourse != null) {
      demoCourse.putBack();
    }
  }

  @Test
  void aCampaignRunsFromProposalToTheAppliedRevisionThroughItsPages() {
    Kenes.awaitReady();
    started = System.nanoTime();
    WebDriver driver = driver();
    String suffix = Unique.suffix();
    String instructorName = platformUserName(driver, 1);

    // a program of the demo university with one module, delivered by the demo course
    enter("learner");
    demoCourse = DemoCourse.ofPageInFrame(driver, admin);
    String module = "CB-" + suffix.toUpperCase(java.util.Locale.ROOT);
    String programCode = "CB" + suffix.toUpperCase(java.util.Locale.ROOT);
    long university =
        new RespondentFixture().universityOf(new RespondentFixture().demoAgronomyProgram());
    programId =
        Programs.aProgram()
            .code(programCode)
            .name("Digital agronomy " + suffix)
            .withModules(module)
            .createIn(admin, university)
            .programId();
    demoCourse.deliver(programId, module);
    long moduleId = demoCourse.moduleId(module);
    String title = "Precision farming " + suffix;
    long campaign = openCampaign(programId, title);
    move(campaign, "collection");
    step("program and campaign opened");

    // a learner proposes from the campaign page, reached from the landing page, naming the module
    click(driver, By.cssSelector("a.brand"));
    click(driver, By.linkText(title));
    Pages.awaitText(driver, "Make a proposal");
    click(driver, By.xpath("//label[.//input[@id='p-module-" + moduleId + "']]"));
    assertThat(driver.findElement(By.id("p-module-" + moduleId)).isSelected()).isTrue();
    driver.findElement(By.id("p-title")).sendKeys("GIS maping in the field");
    driver.findElement(By.id("p-text")).sendKeys("Teach GIS mapping for field work");
    click(driver, By.cssSelector("form[action$='/proposals'] button[type='submit']"));
    Pages.awaitText(driver, "Your proposal was submitted.");
    long original = proposalId(driver.findElement(By.linkText("GIS maping in the field")));
    long duplicate =
        propose(campaign, "GIS mapping in field work", "Teach GIS mapping for field work");
    step("learner proposed");

    // the organiser makes an invitation link for employers on the campaign's invitations page
    enter("admin");
    click(driver, deskLinkOf(title));
    click(driver, By.linkText("Invitation links"));
    Pages.awaitText(driver, "New link");
    new Select(driver.findElement(By.id("role"))).selectByValue("participant");
    new Select(driver.findElement(By.id("group"))).selectByValue("employer");
    driver.findElement(By.id("label")).sendKeys("Employers' panel " + suffix);
    click(driver, By.cssSelector("form[action$='/invitations'] button[type='submit']"));
    Pages.awaitText(driver, "Copy it now");
    String invitation =
        driver.findElement(By.cssSelector("[data-invitation-url]")).getText().strip();
    step("invitation link made");

    // an employer opens it in their own browser, joins with a name and amends the proposal
    WebDriver employer = otherBrowser();
    employer.get(invitation.startsWith("http") ? invitation : Kenes.baseUrl() + invitation);
    Pages.awaitText(employer, "You are invited to take part as participant");
    String employerName = "Dana of AgroHolding " + suffix;
    employer.findElement(By.id("join-name")).sendKeys(employerName);
    click(employer, By.cssSelector("form[action*='/campaign-invitations/'] button[type='submit']"));
    Pages.awaitText(employer, "Make a proposal");
    click(employer, By.linkText("GIS maping in the field"));
    Pages.awaitText(employer, "Add to this proposal");
    assertThat(
            employer
                .findElement(By.cssSelector("input[name='kind'][value='amendment']"))
                .isSelected())
        .isTrue();
    employer
        .findElement(By.id("v-text"))
        .sendKeys(Keys.chord(Keys.CONTROL, Keys.END), Keys.ENTER, "Include drone scouting");
    click(employer, By.cssSelector("form[action$='/versions'] button[type='submit']"));
    Pages.awaitText(employer, "Your version was saved.");
    assertThat(Pages.visibleText(employer))
        .contains(employerName)
        .doesNotContainPattern(MEMBER_KEY);

    // ... and, back on the campaign's page, posts an advertisement as a proposal
    click(employer, By.linkText("Back to the campaign's page"));
    Pages.await(employer, d -> first(d, By.id("p-title"))).sendKeys("Cheap tractors " + suffix);
    employer.findElement(By.id("p-text")).sendKeys("Buy our tractors at half price");
    click(employer, By.cssSelector("form[action$='/proposals'] button[type='submit']"));
    Pages.awaitText(employer, "Your proposal was submitted.");
    long spam = proposalId(employer.findElement(By.linkText("Cheap tractors " + suffix)));
    step("employer joined, amended and proposed");

    // the learner, its author, accepts the amendment
    enter("learner");
    click(driver, By.linkText(title));
    click(driver, By.linkText("GIS maping in the field"));
    click(driver, By.xpath("//button[normalize-space()='Accept version 2']"));
    Pages.awaitText(driver, "The version was accepted and is now in effect.");
    assertThat(Pages.visibleText(driver)).contains("Include drone scouting", employerName);
    step("learner accepted the amendment");

    // the instructor, a facilitator by their course, hides the advertisement on the desk
    enter("instructor");
    click(driver, deskLinkOf(title));
    Pages.awaitText(driver, "Cheap tractors " + suffix);
    click(driver, By.cssSelector("#proposal-" + spam + " details summary"));
    Pages.await(driver, d -> first(d, By.id("hide-reason-" + spam))).sendKeys("Advertisement");
    click(driver, By.cssSelector("form[action$='/proposals/" + spam + "/hide'] button"));
    Pages.awaitText(driver, "The proposal is hidden");
    assertThat(driver.findElement(By.id("proposal-" + spam)).getText())
        .contains("Hidden: Advertisement");
    step("instructor hid the advertisement");

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
    new Select(driver.findElement(By.id("rate-" + original))).selectByValue("5");
    click(driver, By.cssSelector("form[action$='/proposals/" + original + "/rating'] button"));
    Pages.awaitText(driver, "Your rating was saved.");
    click(driver, By.cssSelector("form[action$='/proposals/" + original + "/shortlist'] button"));
    Pages.awaitText(driver, "The proposal is on the shortlist.");
    assertThat(Pages.visibleText(driver)).contains("Usefulness 5 (1 rating(s))");
    step("merged, rated, shortlisted");

    // ... corrects the title with the moderator's edit: refused without a reason, kept, then saved
    click(driver, By.partialLinkText("GIS maping in the field"));
    click(driver, By.linkText("Edit as moderator"));
    WebElement editedTitle = Pages.await(driver, d -> first(d, By.id("m-title")));
    editedTitle.clear();
    editedTitle.sendKeys("GIS mapping in the field " + suffix);
    click(driver, By.cssSelector("form[action$='/moderation'] button[type='submit']"));
    Pages.awaitText(driver, "Give the reason of your edit");
    assertThat(driver.findElement(By.id("m-title")).getAttribute("value"))
        .isEqualTo("GIS mapping in the field " + suffix);
    assertThat(driver.findElement(By.id("m-reason")).getAttribute("aria-invalid"))
        .isEqualTo("true");
    driver.findElement(By.id("m-reason")).sendKeys("Spelling");
    click(driver, By.cssSelector("form[action$='/moderation'] button[type='submit']"));
    Pages.awaitText(driver, "Your moderator's edit is in effect");
    assertThat(Pages.visibleText(driver))
        .contains("Spelling", "GIS mapping in the field " + suffix);
    String newTitle = "GIS mapping in the field " + suffix;
    step("moderator's edit");

    // ... and on the members page finds the instructor by part of their name and makes them expert
    click(driver, By.linkText("Back to the campaign's page"));
    click(driver, By.linkText("Organisers' desk"));
    click(driver, By.linkText("Members and roles"));
    Pages.awaitText(driver, "People of the campaign");
    String[] words = instructorName.split(" ");
    String query = words[0].toUpperCase(java.util.Locale.ROOT) + " " + words[1].substring(0, 2);
    driver.findElement(By.id("find-name")).sendKeys(query, Keys.ENTER);
    Pages.awaitText(driver, "People whose name has");
    String row = "//tr[td[normalize-space()='" + instructorName + "']]";
    new Select(driver.findElement(By.xpath(row + "//select[@name='role']")))
        .selectByValue("expert");
    new Select(driver.findElement(By.xpath(row + "//select[@name='group']")))
        .selectByValue("staff");
    click(driver, By.xpath(row + "//button"));
    Pages.awaitText(driver, "The role was given");
    assertThat(Pages.visibleText(driver))
        .contains(instructorName)
        .doesNotContainPattern(MEMBER_KEY);
    step("instructor made expert");

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
    step("expert approved");

    // the organiser opens the vote on the desk
    enter("admin");
    click(driver, deskLinkOf(title));
    click(driver, By.cssSelector("form[action$='/stage'] button"));
    Pages.awaitText(driver, "The campaign moved to its next stage");
    step("moved to voting");

    // the learner votes on the campaign page (a second click counts once), the employer too
    enter("learner");
    click(driver, By.linkText(title));
    click(driver, By.cssSelector("form[action$='/proposals/" + original + "/vote'] button"));
    Pages.awaitText(driver, "Your vote was counted.");
    clickForNewPage(
        driver, By.cssSelector("form[action$='/proposals/" + original + "/vote'] button"));
    Pages.awaitText(driver, "Your vote was counted.");
    assertThat(
            driver
                .findElement(By.xpath("//li[h3/a[normalize-space()='" + newTitle + "']]"))
                .getText())
        .contains("Weighted votes: 1");
    employer.navigate().refresh();
    click(employer, By.cssSelector("form[action$='/proposals/" + original + "/vote'] button"));
    Pages.awaitText(employer, "Your vote was counted.");
    assertThat(Pages.visibleText(employer)).contains("Weighted votes: 2");
    step("learner and employer voted");

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

    // ... follows the desk to the revision record it opened, applies it, reads the module's history
    click(driver, By.xpath("//nav[@aria-labelledby='desk-revisions-heading']//a"));
    Pages.awaitText(driver, module);
    click(driver, By.linkText("Apply this revision…"));
    click(driver, By.xpath("//button[normalize-space()='Apply and seal']"));
    Pages.awaitText(driver, "Applied: the module versions are written and the record is sealed.");
    click(driver, By.linkText("Back to the revisions"));
    WebElement moduleFilter = Pages.await(driver, d -> first(d, By.id("module-filter")));
    moduleFilter.sendKeys(module, Keys.ENTER);
    Pages.await(driver, d -> Pages.location(d).contains("module=" + module));
    Pages.awaitText(driver, "Sealed");
    click(driver, By.xpath("//table//td/a"));
    click(driver, By.linkText("1 → 2"));
    Pages.awaitText(driver, module + ": version 1 → 2");
    assertThat(driver.findElement(By.cssSelector("ins")).getText()).contains(newTitle);

    step("accepted, revision applied");

    // the dashboard: Totalks 2 (the proposal and the duplicate merged into it; the hidden
    // advertisement is no idea), Outks 1 (the accepted proposal), Rr 1/2, resource intensity 2/1
    click(driver, By.cssSelector("a.brand"));
    click(driver, By.linkText("Effectiveness figures"));
    Pages.awaitText(driver, "Effectiveness of the campaigns");
    assertThat(cells(driver, "//tr[th/a[normalize-space()='" + title + "']]"))
        .containsExactly("1", "2", "1", "0.5000", "2.0000");
    String programRow = "//tr[th/span[contains(normalize-space(), ' / " + programCode + "')]]";
    assertThat(cells(driver, programRow)).containsExactly("1", "2", "1", "0.5000", "2.0000");
    String csv =
        DemoCourse.fetchTextInFrame(
            driver,
            driver.findElement(By.linkText("Download as CSV")).getAttribute("href"),
            null,
            "text/csv");
    assertThat(csv).startsWith("200 ");
    assertThat(csv.lines().filter(line -> line.startsWith(campaign + ",")))
        .singleElement()
        .asString()
        .startsWith(campaign + "," + title + "," + programCode + ",")
        .endsWith(",integration,2,1,0.5000,2.0000");
    step("dashboard");

    // the author reads their notifications, dated in words, and follows the last to the outcome
    enter("learner");
    click(driver, By.linkText(title));
    click(driver, By.cssSelector("a[data-notifications-link]"));
    Pages.awaitText(driver, "The learners support it");
    assertThat(Pages.visibleText(driver))
        .contains("Shortlisted", "Evaluated by an expert", "Accepted")
        .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:");
    // each entry names its proposal (the link) and campaign after the kind of what happened
    String accepted = "//li[@data-kenes-notification][strong[normalize-space()='Accepted']]";
    assertThat(Pages.await(driver, d -> first(d, By.xpath(accepted))).getText())
        .contains(newTitle, "Campaign:");
    click(driver, By.xpath(accepted + "/a"));
    Pages.awaitText(driver, "Reason of the decision: The learners support it");
    assertThat(Pages.visibleText(driver)).contains(newTitle);
    assertThat(Pages.visibleText(driver))
        .contains("Accepted", "Spelling", "learner: 1", "employer: 1");
    step("author read the outcome");
  }

  /** The texts of the data cells of the one row {@code xpath} finds. */
  private static java.util.List<String> cells(WebDriver driver, String xpath) {
    List<WebElement> rows = driver.findElements(By.xpath(xpath));
    assertThat(rows).as("rows %s", xpath).hasSize(1);
    return rows.get(0).findElements(By.tagName("td")).stream()
        .map(td -> td.getText().strip())
        .toList();
  }

  /**
   * Clicks what {@code by} finds and waits until the frame holds another page (for a form whose
   * answer shows the same confirmation as the page it was posted from).
   */
  private static void clickForNewPage(WebDriver driver, By by) {
    WebElement before = driver.findElement(By.tagName("html"));
    click(driver, by);
    Pages.await(
        driver,
        d -> {
          try {
            before.isDisplayed();
            return false;
          } catch (StaleElementReferenceException gone) {
            return true;
          } catch (org.openqa.selenium.WebDriverException replaced) {
            // Chromium answers so, instead of a stale reference, while the frame's document is
            // being replaced (seen once in CI on PostgreSQL)
            if (String.valueOf(replaced.getMessage()).contains("does not belong to the document")) {
              return true;
            }
            throw replaced;
          }
        });
  }

  /** The id of the proposal a link leads to ({@code /app/proposals/{id}}). */
  private static long proposalId(WebElement link) {
    Matcher id = Pattern.compile("/app/proposals/(\\d+)").matcher(link.getAttribute("href"));
    assertThat(id.find()).as("a proposal's link: %s", link.getAttribute("href")).isTrue();
    return Long.parseLong(id.group(1));
  }

  /** Prints how long the journey has taken so far, for the runtime in CI's log. */
  private void step(String done) {
    System.out.printf("CampaignBrowserIT %6.1f s: %s%n", (System.nanoTime() - started) / 1e9, done);
  }

  /** The name of the development platform's person at {@code index} of its user list. */
  private static String platformUserName(WebDriver driver, int index) {
    driver.switchTo().defaultContent();
    driver.get(Kenes.browserBaseUrl() + "/dev/platform");
    String label =
        new Select(Pages.await(driver, d -> first(d, By.id("user"))))
            .getOptions()
            .get(index)
            .getText();
    int address = label.indexOf(" <");
    return (address < 0 ? label : label.substring(0, address)).strip();
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

  private long openCampaign(long programId, String title) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("programId", programId);
    body.put("title", title);
    body.put("task", "Which competencies should the program form?");
    body.put("keyQuestions", "What is missing?");
    body.put("groups", List.of("learner", "employer"));
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
