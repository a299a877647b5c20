package it.kenes.survey;

import static it.kenes.support.LtiRoles.INSTRUCTOR;
import static it.kenes.support.LtiRoles.LEARNER;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.CoursePages;
import it.kenes.support.HttpAnswer;
import it.kenes.support.Kenes;
import it.kenes.support.ServiceClaims;
import it.kenes.support.Unique;
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

  private final String clientId = "kenes-rates-" + Unique.suffix();
  private final FakeNrpsPlatform lms =
      FakeNrpsPlatform.start(clientId, FakeAgsPlatform.fetching(Kenes.url("/lti/jwks")));
  private final SurveyFixture world = SurveyFixture.withServices(clientId, lms.tokenUrl());
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
    CoursePages instructor =
        CoursePages.of(
            world.platform.launchIntoCourse(
                INSTRUCTOR,
                world.courseId,
                t -> t.with(LtiClaims.NRPS, ServiceClaims.nrps(lms.membershipsUrl()))),
            "/app/course/roster");
    String roundPage = "/app/surveys/" + world.surveyId + "/rounds/" + round;

    assertThat(instructor.page(roundPage)).doesNotContain("kenes-response-rates");

    HttpAnswer sync = instructor.post("/app/course/roster/sync");
    assertThat(sync.status()).as("%s", sync).isEqualTo(303);

    String page = instructor.page(roundPage);
    assertThat(page).contains("id=\"kenes-response-rates\"");
    assertThat(page)
        .containsPattern(
            "data-kenes-rate-role=\"learner\" data-kenes-answered=\"1\" data-kenes-enrolled=\"3\"")
        .containsPattern(
            "data-kenes-rate-role=\"instructor\" data-kenes-answered=\"0\""
                + " data-kenes-enrolled=\"1\"");
  }

  private AdminApi learner(String sub) {
    return world.learner(sub, t -> t);
  }

  private void submit(AdminApi learner) {
    SurveyFixture.submit(learner, round);
  }
}
