package it.kenes.survey;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.Flow;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.Kenes;
import it.kenes.support.LtiRoles;
import it.kenes.support.Unique;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.kenes.lti.LtiClaims;
import kz.kenes.lti.testing.FakeAgsPlatform;
import kz.kenes.lti.testing.FakeNrpsPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Response rates per role on the round's staff page, once the course's roster was synced from a
 * fake NRPS platform: "answered / enrolled" counts the roster's active members with a submitted
 * response; nothing is shown before a sync.
 */
class ResponseRatesIT {

  static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
  static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";

  private final String clientId = "kenes-rates-" + Unique.suffix();
  private final FakeNrpsPlatform lms =
      FakeNrpsPlatform.start(clientId, FakeAgsPlatform.fetching(Kenes.url("/lti/jwks")));
  private final SurveyFixture world =
      new SurveyFixture(
              r -> r.with("clientId", clientId).with("accessTokenUrl", lms.tokenUrl().toString()))
          .withSurvey();
  private final long round = world.openRound("baseline");

  @AfterEach
  void close() {
    world.close();
    lms.close();
  }

  @Test
  void theRoundPageShowsAnsweredOverEnrolledPerRoleAfterASync() {
    String answering = "rl-a-" + Unique.suffix();
    String silent = "rl-b-" + Unique.suffix();
    submit(learner(answering));
    learner(silent);
    lms.addMember(answering, null, null, LEARNER);
    lms.addMember(silent, null, null, LEARNER);
    lms.addMember("never-launched-" + Unique.suffix(), null, null, LEARNER);
    lms.addMember("teacher-" + Unique.suffix(), "T", null, INSTRUCTOR);
    Flow instructor =
        world.platform.launchIntoCourse(
            LtiRoles.INSTRUCTOR,
            world.courseId,
            t ->
                t.with(
                    LtiClaims.NRPS,
                    Map.of(
                        "context_memberships_url",
                        lms.membershipsUrl().toString(),
                        "service_versions",
                        List.of("2.0"))));
    String kt = Http.pageReference(instructor.sessionToken());
    String roundPage = "/app/surveys/" + world.surveyId + "/rounds/" + round;

    assertThat(page(roundPage, kt)).doesNotContain("kenes-response-rates");

    String roster = page("/app/course/roster", kt);
    Matcher csrf = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(roster);
    assertThat(csrf.find()).isTrue();
    HttpAnswer sync =
        Http.post(
            "/app/course/roster/sync",
            "application/x-www-form-urlencoded",
            "kt=" + encode(kt) + "&csrf=" + encode(csrf.group(1)),
            "Accept",
            "text/html");
    assertThat(sync.status()).as("%s", sync).isEqualTo(303);

    String page = page(roundPage, kt);
    assertThat(page).contains("id=\"kenes-response-rates\"");
    assertThat(page)
        .containsPattern(
            "data-kenes-rate-role=\"learner\" data-kenes-answered=\"1\" data-kenes-enrolled=\"3\"")
        .containsPattern(
            "data-kenes-rate-role=\"instructor\" data-kenes-answered=\"0\""
                + " data-kenes-enrolled=\"1\"");
  }

  private AdminApi learner(String sub) {
    Flow flow =
        world.platform.launchIntoCourse(LtiRoles.LEARNER, world.courseId, t -> t.subject(sub));
    assertThat(flow.succeeded()).as("%s", flow.launch()).isTrue();
    return AdminApi.withAuthorization("Bearer " + flow.sessionToken());
  }

  private void submit(AdminApi learner) {
    HttpAnswer answer =
        learner.send(
            "POST",
            "/api/rounds/" + round + "/response",
            JsonText.of(Map.of("answers", SurveyFixture.completeAnswers(3, 0, 2))));
    assertThat(answer.status()).as("%s", answer).isIn(200, 201);
  }

  private static String page(String path, String kt) {
    HttpAnswer page = Http.get(path + "?kt=" + encode(kt), "Accept", "text/html");
    assertThat(page.status()).as("%s", page).isEqualTo(200);
    return page.body();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
