package it.kenes.survey;

import static it.kenes.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.LtiRoles;
import it.kenes.support.Unique;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Answering over HTTP: learners from their launch, invited respondents by link; one response per
 * respondent and round, idempotent retries, validation, closed rounds.
 */
class ResponseApiIT {

  private final SurveyFixture world = new SurveyFixture().withSurvey();
  private long round;

  @BeforeEach
  void openARound() {
    round = world.openRound("baseline");
  }

  @AfterEach
  void close() {
    world.close();
  }

  private static String body(Map<String, Object> answers) {
    return JsonText.of(Map.of("answers", answers));
  }

  private static String invited(String submissionId, Map<String, Object> answers) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("submissionId", submissionId);
    body.put("answers", answers);
    return JsonText.of(body);
  }

  @Test
  void aLearnerSeesTheOpenRoundOfTheirCourseAndItsFormInTheirLanguage() {
    AdminApi learner = world.learner();

    HttpAnswer rounds = learner.send("GET", "/api/rounds", null);
    assertThat(rounds.body()).contains("\"roundId\":" + round);

    HttpAnswer form = learner.send("GET", "/api/rounds/" + round + "/form?lang=kk", null);
    assertThat(form.status()).as("%s", form).isEqualTo(200);
    assertThat(form.json().getString("title")).isEqualTo("kk Satisfaction");
    assertThat(form.json().getJsonArray("scale").getJsonObject(3).getString("label"))
        .isEqualTo("Иә");
    assertThat(form.json().getJsonArray("items").getJsonObject(0).toString())
        .doesNotContain("reversed");
  }

  @Test
  void aLearnerSubmitsOnceAndChangesTheirAnswersWhileTheRoundIsOpen() {
    AdminApi learner = world.learner();
    String path = "/api/rounds/" + round + "/response";

    HttpAnswer first = learner.send("POST", path, body(SurveyFixture.completeAnswers(3, 0, 2)));
    HttpAnswer second = learner.send("POST", path, body(SurveyFixture.completeAnswers(2, 1, 2)));

    assertThat(first.status()).as("%s", first).isEqualTo(201);
    assertThat(second.status()).as("%s", second).isEqualTo(200);
    assertThat(second.json().getJsonNumber("responseId"))
        .isEqualTo(first.json().getJsonNumber("responseId"));
    assertThat(world.counts(round, "learner")).containsExactly(1, 0);
    HttpAnswer form = learner.send("GET", "/api/rounds/" + round + "/form", null);
    assertThat(form.json().getBoolean("submitted")).isTrue();
    assertThat(form.json().getJsonObject("answers").getInt("Q1")).isEqualTo(2);
    assertThat(form.json().getJsonObject("answers").getString("Q4")).isEqualTo("b");
  }

  @Test
  void aDraftIsKeptButNotCountedUntilSubmitted() {
    AdminApi learner = world.learner();

    HttpAnswer draft =
        learner.send("PUT", "/api/rounds/" + round + "/draft", body(Map.of("Q1", 1)));

    assertThat(draft.status()).as("%s", draft).isEqualTo(200);
    assertThat(draft.json().getString("status")).isEqualTo("draft");
    assertThat(world.counts(round, "learner")).containsExactly(0, 1);
    HttpAnswer form = learner.send("GET", "/api/rounds/" + round + "/form", null);
    assertThat(form.json().getJsonObject("answers").getInt("Q1")).isEqualTo(1);
    assertThat(form.json().getBoolean("submitted")).isFalse();
  }

  @Test
  void aValueOutsideTheScaleIsA400NamingTheItemAndStoresNothing() {
    AdminApi learner = world.learner();

    HttpAnswer answer =
        learner.send(
            "POST",
            "/api/rounds/" + round + "/response",
            body(SurveyFixture.completeAnswers(4, 1, 1)));

    assertProblem(answer, 400, "invalid-input");
    assertThat(answer.json().getJsonObject("errors").keySet()).containsExactly("answers.Q1");
    assertThat(world.counts(round, "learner")).containsExactly(0, 0);
  }

  @Test
  void aClosedRoundKeepsItsAnswersAndRefusesChanges() {
    AdminApi learner = world.learner();
    String path = "/api/rounds/" + round + "/response";
    learner.send("POST", path, body(SurveyFixture.completeAnswers(3, 0, 3)));
    world.admin.send(
        "POST", "/api/surveys/" + world.surveyId + "/rounds/" + round + "/close", null);

    assertProblem(
        learner.send("POST", path, body(SurveyFixture.completeAnswers(0, 3, 0))),
        409,
        "round-closed");
    HttpAnswer form = learner.send("GET", "/api/rounds/" + round + "/form", null);
    assertThat(form.json().getString("status")).isEqualTo("closed");
    assertThat(form.json().getJsonObject("answers").getInt("Q1")).isEqualTo(3);
    assertThat(learner.send("GET", "/api/rounds", null).body()).isEqualTo("[]");
  }

  @Test
  void learnersOfOtherCoursesAndStaffCannotAnswer() {
    AdminApi outsider = world.as(LtiRoles.LEARNER, "other-" + Unique.suffix());
    AdminApi instructor = world.as(LtiRoles.INSTRUCTOR, world.courseId);
    String path = "/api/rounds/" + round + "/response";

    HttpAnswer outsiderRounds = outsider.send("GET", "/api/rounds", null);
    assertThat(outsiderRounds.status()).as("%s", outsiderRounds).isEqualTo(200);
    assertThat(outsiderRounds.body()).doesNotContain("\"roundId\":" + round);
    assertProblem(outsider.send("GET", "/api/rounds/" + round + "/form", null), 403, "forbidden");
    assertProblem(
        outsider.send("POST", path, body(SurveyFixture.completeAnswers(1, 1, 1))),
        403,
        "forbidden");
    assertProblem(
        instructor.send("POST", path, body(SurveyFixture.completeAnswers(1, 1, 1))),
        403,
        "forbidden");
    assertProblem(
        AdminApi.withAuthorization(null).send("GET", "/api/rounds", null), 401, "unauthorized");
  }

  @Test
  void aRetriedInvitationSubmissionFindsItsResponseAndUsesTheLinkOnce() {
    String token = world.invite(round, "employer", 5, false);
    AdminApi anyone = AdminApi.withAuthorization(null);
    String submission = UUID.randomUUID().toString();
    String path = "/api/invitations/" + token + "/responses";

    HttpAnswer first =
        anyone.send("POST", path, invited(submission, SurveyFixture.completeAnswers(1, 2, 1)));
    HttpAnswer retry =
        anyone.send("POST", path, invited(submission, SurveyFixture.completeAnswers(1, 2, 1)));

    assertThat(first.status()).as("%s", first).isEqualTo(201);
    assertThat(retry.status()).as("%s", retry).isEqualTo(200);
    assertThat(retry.json().getJsonNumber("responseId"))
        .isEqualTo(first.json().getJsonNumber("responseId"));
    assertThat(world.counts(round, "employer")).containsExactly(1, 0);
    HttpAnswer links =
        world.admin.send(
            "GET", "/api/surveys/" + world.surveyId + "/rounds/" + round + "/invitations", null);
    assertThat(links.body()).contains("\"uses\":1").doesNotContain(token);
  }

  @Test
  void aSingleUseLinkTakesOneRespondentThenAnswers410() {
    String token = world.invite(round, "graduate", 1, false);
    AdminApi anyone = AdminApi.withAuthorization(null);
    String path = "/api/invitations/" + token + "/responses";

    HttpAnswer first =
        anyone.send(
            "POST",
            path,
            invited(UUID.randomUUID().toString(), SurveyFixture.completeAnswers(2, 2, 2)));
    HttpAnswer second =
        anyone.send(
            "POST",
            path,
            invited(UUID.randomUUID().toString(), SurveyFixture.completeAnswers(2, 2, 2)));

    assertThat(first.status()).as("%s", first).isEqualTo(201);
    assertProblem(second, 410, "invitation-unavailable");
    assertProblem(
        anyone.send("GET", "/api/invitations/" + token, null), 410, "invitation-unavailable");
    assertThat(world.counts(round, "graduate")).containsExactly(1, 0);
  }

  @Test
  void theInvitationFormNamesNoGroupChoiceAndUnknownOrWithdrawnLinksAreRefused() {
    String token = world.invite(round, "employer", 10, true);
    AdminApi anyone = AdminApi.withAuthorization(null);

    HttpAnswer form = anyone.send("GET", "/api/invitations/" + token + "?lang=ru", null);
    assertThat(form.status()).as("%s", form).isEqualTo(200);
    assertThat(form.json().getString("title")).isEqualTo("ru Satisfaction");
    assertProblem(anyone.send("GET", "/api/invitations/" + "x".repeat(43), null), 404, "not-found");
    assertProblem(anyone.send("GET", "/api/invitations/short", null), 404, "not-found");

    HttpAnswer links =
        world.admin.send(
            "GET", "/api/surveys/" + world.surveyId + "/rounds/" + round + "/invitations", null);
    long id =
        jakarta.json.Json.createReader(new java.io.StringReader(links.body()))
            .readArray()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    world.admin.send(
        "POST",
        "/api/surveys/" + world.surveyId + "/rounds/" + round + "/invitations/" + id + "/revoke",
        null);
    assertProblem(
        anyone.send(
            "POST",
            "/api/invitations/" + token + "/responses",
            invited(UUID.randomUUID().toString(), SurveyFixture.completeAnswers(1, 1, 1))),
        410,
        "invitation-unavailable");
  }

  @Test
  void anInvitationSubmissionNeedsASubmissionIdAndAWellFormedPairCode() {
    String token = world.invite(round, "applicant", 10, false);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("pairCode", "<x>");
    body.put("answers", SurveyFixture.completeAnswers(1, 1, 1));

    HttpAnswer answer =
        AdminApi.withAuthorization(null)
            .send("POST", "/api/invitations/" + token + "/responses", JsonText.of(body));

    assertProblem(answer, 400, "invalid-input");
    assertThat(answer.json().getJsonObject("errors").keySet())
        .containsExactlyInAnyOrder("submissionId", "pairCode");
  }
}
