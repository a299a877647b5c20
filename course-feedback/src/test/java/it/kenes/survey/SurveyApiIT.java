package it.kenes.survey;

import static it.kenes.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.LtiRoles;
import it.kenes.support.Unique;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Running surveys over HTTP: creating them, rounds, closing and reopening, who may. */
class SurveyApiIT {

  private final SurveyFixture world = new SurveyFixture();
  private final AdminApi admin = world.admin;

  @AfterEach
  void close() {
    world.close();
  }

  private String survey() {
    return "/api/surveys/" + world.surveyId;
  }

  @Test
  void refusesASurveyNamingEveryFieldAtFault() {
    HttpAnswer answer =
        admin.send(
            "POST",
            "/api/surveys",
            JsonText.of(
                Map.of(
                    "title", " ", "instrumentId", 1, "programId", world.programId, "moduleId", 1)));

    assertProblem(answer, 400, "invalid-input");
    assertThat(answer.json().getJsonObject("errors").keySet())
        .containsExactlyInAnyOrder("title", "instrumentId", "moduleId");
  }

  @Test
  void anInstructorWhoseCourseDeliversTheProgramRunsItsSurvey() {
    AdminApi instructor = world.as(LtiRoles.INSTRUCTOR, world.courseId);

    HttpAnswer created =
        instructor.send(
            "POST",
            "/api/surveys",
            JsonText.of(
                Map.of(
                    "title",
                    "Ours",
                    "instrumentId",
                    world.instrumentId,
                    "programId",
                    world.programId)));

    assertThat(created.status()).as("%s", created).isEqualTo(201);
    assertThat(created.location()).isPresent();
    long id = SurveyFixture.id(created);
    assertThat(instructor.send("GET", "/api/surveys", null).body()).contains("\"id\":" + id);
    assertThat(instructor.send("GET", "/api/surveys/" + id, null).status()).isEqualTo(200);
  }

  @Test
  void instructorsOfOtherCoursesAndLearnersAreRefused() {
    world.withSurvey();
    AdminApi stranger = world.as(LtiRoles.INSTRUCTOR, "other-" + Unique.suffix());
    AdminApi learner = world.as(LtiRoles.LEARNER, world.courseId);

    assertProblem(stranger.send("GET", survey(), null), 403, "forbidden");
    assertThat(stranger.send("GET", "/api/surveys", null).body())
        .doesNotContain("\"id\":" + world.surveyId + ",");
    assertProblem(
        stranger.send(
            "POST",
            "/api/surveys",
            JsonText.of(
                Map.of(
                    "title",
                    "X",
                    "instrumentId",
                    world.instrumentId,
                    "programId",
                    world.programId))),
        403,
        "forbidden");
    assertProblem(learner.send("GET", survey(), null), 403, "forbidden");
    assertProblem(
        AdminApi.withAuthorization(null).send("GET", survey(), null), 401, "unauthorized");
    assertProblem(admin.send("GET", "/api/surveys/999999999", null), 404, "not-found");
  }

  @Test
  void addsRoundsInOrderAndRefusesBadDates() {
    world.withSurvey();
    long baseline = world.openRound("baseline");
    long followUp = world.openRound("follow_up");

    HttpAnswer read = admin.send("GET", survey(), null);
    assertThat(read.json().getJsonArray("rounds")).hasSize(2);
    assertThat(read.json().getJsonArray("rounds").getJsonObject(0).getJsonNumber("id").longValue())
        .isEqualTo(baseline);
    assertThat(read.json().getJsonArray("rounds").getJsonObject(1).getString("kind"))
        .isEqualTo("follow_up");
    assertThat(followUp).isNotEqualTo(baseline);

    HttpAnswer bad =
        admin.send(
            "POST",
            survey() + "/rounds",
            JsonText.of(
                Map.of(
                    "kind", "baseline",
                    "label", "Wrong",
                    "opensAt", "2027-01-02T00:00:00Z",
                    "closesAt", "2027-01-01T00:00:00Z")));
    assertProblem(bad, 400, "invalid-input");
    assertThat(bad.json().getJsonObject("errors").keySet()).containsExactly("closesAt");
    assertThat(admin.send("GET", survey(), null).json().getJsonArray("rounds")).hasSize(2);
  }

  @Test
  void closesAndReopensARound() {
    world.withSurvey();
    long round = world.openRound("baseline");
    String path = survey() + "/rounds/" + round;

    HttpAnswer closed = admin.send("POST", path + "/close", null);
    assertThat(closed.json().getJsonArray("rounds").getJsonObject(0).getString("status"))
        .isEqualTo("closed");

    HttpAnswer reopened = admin.send("POST", path + "/reopen", "{}");
    assertThat(reopened.json().getJsonArray("rounds").getJsonObject(0).getString("status"))
        .isEqualTo("open");

    HttpAnswer past =
        admin.send(
            "POST",
            path + "/reopen",
            JsonText.of(Map.of("closesAt", Instant.now().minusSeconds(60).toString())));
    assertProblem(past, 400, "invalid-input");
    assertProblem(admin.send("POST", survey() + "/rounds/999999999/close", null), 404, "not-found");
  }

  @Test
  void listsStakeholderGroupsAndLetsAdministratorsDefineOne() {
    String code = "alumni-" + Unique.suffix().toLowerCase().replaceAll("[^a-z0-9]", "");
    HttpAnswer defined =
        admin.send(
            "POST",
            "/api/survey-groups",
            JsonText.of(Map.of("code", code, "name", SurveyFixture.text("Alumni"))));
    assertThat(defined.status()).as("%s", defined).isEqualTo(201);

    HttpAnswer groups = admin.send("GET", "/api/survey-groups", null);
    assertThat(groups.body()).contains("\"learner\"", "\"employer\"", "\"" + code + "\"");
    assertProblem(
        admin.send(
            "POST",
            "/api/survey-groups",
            JsonText.of(Map.of("code", code, "name", SurveyFixture.text("Alumni")))),
        409,
        "conflict");
    assertProblem(
        admin.send("POST", "/api/survey-groups", JsonText.of(Map.of("code", "X"))),
        400,
        "invalid-input");
  }
}
