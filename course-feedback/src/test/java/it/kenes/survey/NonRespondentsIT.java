package it.kenes.survey;

import static it.kenes.support.LtiRoles.INSTRUCTOR;
import static it.kenes.support.LtiRoles.LEARNER;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.CoursePages;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.Kenes;
import it.kenes.support.ServiceClaims;
import it.kenes.support.Unique;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.kenes.lti.LtiClaims;
import kz.kenes.lti.testing.FakeAgsPlatform;
import kz.kenes.lti.testing.FakeNrpsPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Inviting the roster's non-respondents (issue 10 §3): once the course's roster is synced, the
 * instructor's roster page lists, per open survey round of the course, the active members without a
 * submitted response (a member who never launched Kenes included), by role, with a {@code mailto:}
 * link that has the e-mails the platform shared in BCC and a reminder naming the course, and a CSV
 * of them; it works when the platform shares no names or e-mails.
 */
class NonRespondentsIT {

  static final String ROSTER = "/app/course/roster";

  private final String clientId = "kenes-invite-" + Unique.suffix();
  private final FakeNrpsPlatform lms =
      FakeNrpsPlatform.start(clientId, FakeAgsPlatform.fetching(Kenes.url("/lti/jwks")));
  private final SurveyFixture world = SurveyFixture.withServices(clientId, lms.tokenUrl());
  private final long round = world.openRound("baseline");
  private final String mark = Unique.suffix();

  @AfterEach
  void close() {
    world.close();
    lms.close();
  }

  @Test
  void theRosterPageListsWhoHasNotAnsweredWithAReminderAndACsv() {
    String answered = "a-" + mark;
    String missing = "b-" + mark;
    String anonymousMember = "c-" + mark;
    String neverLaunched = "d-" + mark;
    lms.addMember(answered, "Aigerim Answered", "aigerim@example.edu", LEARNER);
    lms.addMember(missing, "Bolat Missing", "bolat@example.edu", LEARNER);
    lms.addMember(anonymousMember, null, null, LEARNER); // PII sharing off
    lms.addMember(neverLaunched, "Dana Never", "dana@example.edu", LEARNER);
    submit(learner(answered));
    learner(missing); // launched, did not answer
    learner(anonymousMember);
    CoursePages instructor = instructor();
    assertThat(instructor.post(ROSTER + "/sync").status()).isEqualTo(303);

    String page = instructor.page(ROSTER);
    String activity = "survey-round:" + round;
    Matcher block =
        Pattern.compile(
                "<article[^>]*data-kenes-activity=\""
                    + Pattern.quote(activity)
                    + "\"[^>]*>(.*?)</article>",
                Pattern.DOTALL)
            .matcher(page);
    assertThat(block.find()).as(page).isTrue();
    assertThat(block.group()).contains("data-kenes-anonymous=\"false\"");
    String listed = block.group(1);
    assertThat(listed)
        .contains("data-kenes-non-respondent=\"" + missing + "\"")
        .contains("data-kenes-non-respondent=\"" + anonymousMember + "\"")
        .contains("data-kenes-non-respondent=\"" + neverLaunched + "\"")
        .contains("Bolat Missing")
        .doesNotContain("data-kenes-non-respondent=\"" + answered + "\"");
    // the instructor is a member too, but a learners' round does not ask instructors
    assertThat(block.group())
        .contains("data-kenes-non-respondents=\"3\"")
        .doesNotContain("data-kenes-non-respondent=\"i-" + mark + "\"");

    Matcher mailto = Pattern.compile("href=\"(mailto:[^\"]+)\"").matcher(listed);
    assertThat(mailto.find()).as(listed).isTrue();
    String link = mailto.group(1).replace("&amp;", "&");
    assertThat(link).startsWith("mailto:?bcc=");
    String bcc = link.substring("mailto:?bcc=".length(), link.indexOf('&'));
    assertThat(bcc.split(",")).containsExactlyInAnyOrder("bolat@example.edu", "dana@example.edu");
    String body =
        URLDecoder.decode(link.substring(link.indexOf("&body=") + 6), StandardCharsets.UTF_8);
    assertThat(body).contains("IT survey").contains("open the course");
    assertThat(listed).contains("kenes-non-respondents-csv");

    HttpAnswer csv =
        Http.get(
            ROSTER
                + "/non-respondents?activity="
                + URLEncoder.encode(activity, StandardCharsets.UTF_8)
                + "&kt="
                + CoursePages.encode(instructor.kt()),
            "Accept",
            "text/csv");
    assertThat(csv.status()).as("%s", csv).isEqualTo(200);
    assertThat(csv.header("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.header("Content-Disposition").orElse("")).contains("attachment");
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.get(0)).isEqualTo("user_id,name,email,role");
    assertThat(csv.body())
        .contains("\"" + missing + "\",\"Bolat Missing\",\"bolat@example.edu\",\"learner\"")
        .contains("\"" + anonymousMember + "\",,,\"learner\"")
        .doesNotContain(answered);
  }

  @Test
  void beforeASyncNothingIsListedAndAnUnknownActivityIsNotFound() {
    CoursePages instructor = instructor();
    assertThat(instructor.page(ROSTER)).doesNotContain("id=\"kenes-non-respondents\"");
    HttpAnswer csv =
        Http.get(
            ROSTER
                + "/non-respondents?activity=survey-round:0&kt="
                + CoursePages.encode(instructor.kt()),
            "Accept",
            "text/csv");
    assertThat(csv.status()).isEqualTo(404);
  }

  // --- helpers ---

  private AdminApi learner(String sub) {
    return world.learner(sub, t -> t);
  }

  private void submit(AdminApi learner) {
    SurveyFixture.submit(learner, round);
  }

  /** The pages of the course's instructor, a member too, launched with the NRPS claim. */
  private CoursePages instructor() {
    lms.addMember("i-" + mark, "Instructor " + mark, null, INSTRUCTOR);
    return CoursePages.of(
        world.platform.launchIntoCourse(
            INSTRUCTOR,
            world.courseId,
            t ->
                t.subject("i-" + mark)
                    .with(LtiClaims.NRPS, ServiceClaims.nrps(lms.membershipsUrl()))),
        ROSTER);
  }
}
