package it.kenes.survey;

import static it.kenes.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import it.kenes.support.AdminApi;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.Kenes;
import it.kenes.support.LtiRoles;
import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The before/after report and the exports from answers given over HTTP: employers answer a baseline
 * and a follow-up round through links; the numbers are worked out by hand in the comments (Q2 is
 * reversed, so a 2 counts 1).
 */
class ReportIT {

  private final SurveyFixture world = new SurveyFixture().withSurvey();
  private final AdminApi admin = world.admin;
  private long baseline;
  private long followUp;

  @BeforeEach
  void answerBothRounds() {
    baseline = world.openRound("baseline");
    String before = world.invite(baseline, "employer", 10, false);
    // scores 1,1,1 -> 1.0 (dissatisfied); 2,2,2 -> 2.0 (medium); 3,3,3 -> 3.0 (high)
    answer(before, 1, 2, 1, "Less theory");
    answer(before, 2, 1, 2, "=HYPERLINK(\"http://evil\")");
    answer(before, 3, 0, 3, null);
    admin.send("POST", "/api/surveys/" + world.surveyId + "/rounds/" + baseline + "/close", null);
    followUp = world.openRound("follow_up");
    String after = world.invite(followUp, "employer", 10, false);
    // scores 3,3,3 -> 3.0 (high); 3,2,2 -> 2.333 (medium); 2,2,2 -> 2.0 (medium)
    answer(after, 3, 0, 3, null);
    answer(after, 3, 1, 2, null);
    answer(after, 2, 1, 2, null);
  }

  @AfterEach
  void close() {
    world.close();
  }

  private void answer(String token, int q1, int q2, int q3, String idea) {
    Map<String, Object> answers = SurveyFixture.completeAnswers(q1, q2, q3);
    answers.put("Q5", idea);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("submissionId", UUID.randomUUID().toString());
    body.put("answers", answers);
    HttpAnswer answer =
        AdminApi.withAuthorization(null)
            .send("POST", "/api/invitations/" + token + "/responses", JsonText.of(body));
    assertThat(answer.status()).as("%s", answer).isEqualTo(201);
  }

  /** A download as a browser asks for it: any media type. */
  private HttpAnswer download(String what) {
    return Http.get(path(what), "Authorization", "Bearer " + Kenes.adminToken(), "Accept", "*/*");
  }

  private String path(String what) {
    return "/api/surveys/" + world.surveyId + "/" + what;
  }

  @Test
  void comparesTheEmployersBeforeAndAfterWithTheHandWorkedNumbers() {
    HttpAnswer report = admin.send("GET", path("report"), null);

    assertThat(report.status()).as("%s", report).isEqualTo(200);
    JsonObject json = report.json();
    assertThat(json.getBoolean("comparable")).isTrue();
    JsonObject employers = json.getJsonArray("groups").getJsonObject(0);
    assertThat(employers.getString("code")).isEqualTo("employer");
    JsonObject before = employers.getJsonObject("before");
    JsonObject after = employers.getJsonObject("after");
    assertThat(before.getJsonNumber("n").longValue()).isEqualTo(3);
    assertThat(before.getJsonNumber("mean").doubleValue()).isCloseTo(2.0, within(1e-9));
    assertThat(before.getJsonNumber("sd").doubleValue()).isCloseTo(1.0, within(1e-9));
    assertThat(after.getJsonNumber("mean").doubleValue()).isCloseTo(22.0 / 9, within(1e-9));
    assertThat(json.getJsonArray("table2")).hasSize(3);
    assertThat(json.getJsonArray("table2").getJsonObject(0).getString("group"))
        .isEqualTo("employer");
  }

  @Test
  void onlyStaffOfTheProgramReadTheReportAndTheExports() {
    AdminApi learner = world.as(LtiRoles.LEARNER, world.courseId);
    AdminApi instructor = world.as(LtiRoles.INSTRUCTOR, world.courseId);

    assertProblem(learner.send("GET", path("report"), null), 403, "forbidden");
    assertThat(
            Http.get(path("export/responses.csv"), "Authorization", learner.authorization())
                .status())
        .isEqualTo(403);
    assertThat(instructor.send("GET", path("report"), null).status()).isEqualTo(200);
  }

  @Test
  void exportsTheResponsesAsExcelSafeCsvWithItsCodebookAndSpssSyntax() {
    HttpAnswer csv = download("export/responses.csv");

    assertThat(csv.status()).as("%s", csv).isEqualTo(200);
    assertThat(csv.header("Content-Disposition").orElseThrow()).contains("attachment");
    assertThat(csv.body()).startsWith("\uFEFF");
    assertThat(csv.body().lines().count()).isEqualTo(7);
    assertThat(csv.body()).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK", ",\"=HYPERLINK");

    HttpAnswer codebook = download("export/codebook.csv?lang=ru");
    assertThat(codebook.status()).isEqualTo(200);
    assertThat(codebook.body()).contains("Q1", "ru Item Q1");

    HttpAnswer sps = download("export/responses.sps");
    assertThat(sps.status()).isEqualTo(200);
    assertThat(sps.body()).contains("GET DATA", "VALUE LABELS", "EXECUTE.");
  }
}
