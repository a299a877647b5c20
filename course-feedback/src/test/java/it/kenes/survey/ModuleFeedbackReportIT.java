package it.kenes.survey;

import static it.kenes.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.LtiRoles;
import it.kenes.support.TestPlatform;
import it.kenes.support.Unique;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.Map;
import kz.kenes.lti.LtiClaims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The instructor's module feedback report over HTTP (docs/module-feedback.md): nothing broken down
 * under the privacy minimum of 5, the distribution and open answers from 5 on, the current module
 * version against the previous one, and who may read it.
 */
class ModuleFeedbackReportIT {

  private final RespondentFixture fixture = new RespondentFixture();
  private final AdminApi admin = AdminApi.asAdmin();
  private TestPlatform platform;
  private long programId;
  private String courseId;
  private long moduleId;
  private AdminApi instructor;
  private String instructorToken;

  @BeforeEach
  void aCourseThatDeliversAModule() {
    programId = fixture.program("AGR-301");
    platform = TestPlatform.registerFor(fixture.universityOf(programId));
    courseId = "course-" + Unique.suffix();
    String token = launch(LtiRoles.INSTRUCTOR, courseId, "teacher-" + Unique.suffix());
    instructorToken = token;
    instructor = AdminApi.withAuthorization("Bearer " + token);
    fixture.deliver(Http.contextRef(token), programId, "AGR-301");
    moduleId =
        learner(courseId)
            .send("GET", "/api/module-feedback/modules", null)
            .jsonArray()
            .getJsonObject(0)
            .getJsonNumber("moduleId")
            .longValue();
  }

  @AfterEach
  void closePlatform() {
    platform.close();
  }

  private String launch(String role, String course, String subject) {
    return platform
        .launchIntoCourse(
            role,
            course,
            t ->
                t.with(LtiClaims.SUB, subject)
                    .with(LtiClaims.RESOURCE_LINK, Map.of("id", "l-" + subject, "title", "W1")))
        .sessionToken();
  }

  private AdminApi learner(String course) {
    return AdminApi.withAuthorization(
        "Bearer " + launch(LtiRoles.LEARNER, course, "learner-" + Unique.suffix()));
  }

  private void rateAsNewLearner(int score, String change) {
    HttpAnswer rated =
        learner(courseId)
            .send(
                "POST",
                "/api/module-feedback/modules/" + moduleId + "/rating",
                JsonText.of(
                    Map.of(
                        "answers",
                        Map.of(
                            "M01", score, "M02", score, "M03", 2, "M04", score, "M05", change))));
    assertThat(rated.status()).as("%s", rated).isEqualTo(201);
  }

  private JsonObject report(String query) {
    HttpAnswer answer =
        instructor.send("GET", "/api/module-feedback/report/" + moduleId + query, null);
    assertThat(answer.status()).as("%s", answer).isEqualTo(200);
    return answer.json();
  }

  /** A withheld value: left out of the JSON, or null. */
  private static boolean absent(JsonObject object, String key) {
    return !object.containsKey(key) || object.isNull(key);
  }

  @Test
  void underFiveRespondentsNothingIsBrokenDownAndFromFiveOnItIs() {
    for (int i = 0; i < 4; i++) {
      rateAsNewLearner(1, "Idea " + i);
    }
    JsonObject few = report("");
    JsonObject v1 = few.getJsonArray("versions").getJsonObject(0);
    assertThat(few.getInt("minimumRespondents")).isEqualTo(5);
    assertThat(v1.getInt("n")).isEqualTo(4);
    assertThat(v1.getBoolean("withheld")).isTrue();
    assertThat(absent(v1, "items")).isTrue();
    assertThat(absent(v1, "mean")).isTrue();
    assertThat(few.getJsonArray("openAnswers")).isEmpty();

    rateAsNewLearner(2, "Idea 4");
    JsonObject five = report("");
    JsonObject shown = five.getJsonArray("versions").getJsonObject(0);
    assertThat(shown.getBoolean("withheld")).isFalse();
    JsonObject m01 = shown.getJsonArray("items").getJsonObject(0);
    assertThat(m01.getString("code")).isEqualTo("M01");
    assertThat(m01.getJsonArray("distribution").toString()).isEqualTo("[0,4,1,0]");
    assertThat(m01.getJsonNumber("mean").doubleValue()).isEqualTo(1.2);
    JsonArray open = five.getJsonArray("openAnswers");
    assertThat(open).hasSize(5);
    assertThat(open.getJsonObject(0).getString("text")).isEqualTo("Idea 4");
    assertThat(five.toString()).doesNotContain("learner-").doesNotContain("\"name\"");
  }

  @Test
  void theCurrentVersionIsComparedWithThePreviousOne() {
    for (int i = 0; i < 5; i++) {
      rateAsNewLearner(i < 3 ? 1 : 0, "Old " + i);
    }
    HttpAnswer revised =
        admin.send(
            "PUT",
            "/api/admin/programs/" + programId + "/modules/AGR-301",
            JsonText.of(
                Map.of("code", "AGR-301", "title", "Module AGR-301, revised", "credits", 5)));
    assertThat(revised.status()).as("%s", revised).isEqualTo(200);
    for (int i = 0; i < 4; i++) {
      rateAsNewLearner(3, "New " + i);
    }
    JsonObject early = report("").getJsonObject("comparison");
    assertThat(early.getBoolean("withheld")).isTrue();
    assertThat(absent(early, "welch")).isTrue();

    rateAsNewLearner(2, "New 4");
    JsonObject report = report("");
    JsonObject comparison = report.getJsonObject("comparison");
    assertThat(comparison.getInt("previousVersion")).isEqualTo(1);
    assertThat(comparison.getInt("currentVersion")).isEqualTo(2);
    assertThat(comparison.getBoolean("withheld")).isFalse();
    assertThat(comparison.getJsonObject("welch").getJsonNumber("t").doubleValue()).isPositive();
    assertThat(comparison.getJsonObject("cohensD").getJsonNumber("d").doubleValue()).isPositive();
    assertThat(report("?version=1").getJsonArray("openAnswers").toString())
        .contains("Old 0")
        .doesNotContain("New ");
  }

  @Test
  void theInstructorsPageSaysWhyNothingIsBrokenDownAndThenShowsTheItems() {
    String page = "/app/course/module-feedback?lang=en&kt=" + Http.pageReference(instructorToken);
    for (int i = 0; i < 4; i++) {
      rateAsNewLearner(1, "Idea " + i);
    }
    HttpAnswer few = Http.get(page, "Accept", "text/html");
    assertThat(few.status()).as("%s", few).isEqualTo(200);
    assertThat(few.body())
        .contains("Module AGR-301", "Fewer than 5 respondents: not broken down.")
        .contains("No breakdown is shown for fewer than 5 respondents")
        .doesNotContain("Idea 0");

    rateAsNewLearner(2, "Idea 4");
    String five = Http.get(page + "&module=" + moduleId, "Accept", "text/html").body();
    assertThat(five)
        .contains("The module&#39;s objectives were clear to me.", "Idea 4", "Idea 0")
        .doesNotContain("Fewer than 5 respondents: not broken down.");
    String landing =
        Http.get("/app?lang=en&kt=" + Http.pageReference(instructorToken), "Accept", "text/html")
            .body();
    assertThat(landing).contains("id=\"kenes-module-report-link\"");
  }

  @Test
  void onlyStaffOfACourseThatDeliversTheModuleReadTheReport() {
    String path = "/api/module-feedback/report/" + moduleId;
    assertProblem(learner(courseId).send("GET", path, null), 403, "forbidden");
    String learnerPage =
        "/app/course/module-feedback?kt="
            + Http.pageReference(launch(LtiRoles.LEARNER, courseId, "s-" + Unique.suffix()));
    assertThat(Http.get(learnerPage, "Accept", "text/html").status()).isEqualTo(403);
    AdminApi otherInstructor =
        AdminApi.withAuthorization(
            "Bearer "
                + launch(LtiRoles.INSTRUCTOR, "other-" + Unique.suffix(), "t-" + Unique.suffix()));
    assertProblem(otherInstructor.send("GET", path, null), 403, "forbidden");
    assertProblem(AdminApi.withAuthorization(null).send("GET", path, null), 401, "unauthorized");
  }
}
