package it.kenes.analytics;

import static it.kenes.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.LtiRoles;
import it.kenes.support.TestPlatform;
import it.kenes.support.Unique;
import it.kenes.survey.RespondentFixture;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.kenes.lti.LtiClaims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The module feedback report's groups and open answers (search, filters, pages, the privacy minimum
 * per group) and the moderation of open answers over HTTP (docs/module-feedback.md), with who may
 * do it: a learner, an instructor of another course and an administrator of another university are
 * refused.
 */
class ModuleFeedbackModerationIT {

  private final RespondentFixture fixture = new RespondentFixture();
  private TestPlatform platform;
  private String courseId;
  private long moduleId;
  private AdminApi instructor;
  private String instructorToken;

  @BeforeEach
  void aCourseThatDeliversAModuleRatedBySixLearners() {
    long programId = fixture.program("ENG-101");
    platform = TestPlatform.registerFor(fixture.universityOf(programId));
    courseId = "course-" + Unique.suffix();
    instructorToken = launch(LtiRoles.INSTRUCTOR, courseId, "teacher-" + Unique.suffix());
    instructor = AdminApi.withAuthorization("Bearer " + instructorToken);
    fixture.deliver(Http.contextRef(instructorToken), programId, "ENG-101");
    moduleId =
        learner()
            .send("GET", "/api/module-feedback/modules", null)
            .jsonArray()
            .getJsonObject(0)
            .getJsonNumber("moduleId")
            .longValue();
    for (int i = 0; i < 5; i++) {
      rate(2, "Idea " + i);
    }
    rate(3, "More LABS, 100% practice");
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

  private AdminApi learner() {
    return AdminApi.withAuthorization(
        "Bearer " + launch(LtiRoles.LEARNER, courseId, "learner-" + Unique.suffix()));
  }

  private void rate(int score, String change) {
    HttpAnswer rated =
        learner()
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

  private HttpAnswer moderate(AdminApi api, JsonObject answer, Map<String, Object> body) {
    return api.send("POST", moderationPath(answer), JsonText.of(body));
  }

  private String moderationPath(JsonObject answer) {
    return "/api/module-feedback/report/"
        + moduleId
        + "/answers/"
        + answer.getJsonNumber("ratingId").longValue()
        + "/"
        + answer.getJsonNumber("itemId").longValue()
        + "/moderation";
  }

  private JsonObject answerWith(String text) {
    return report("?q=" + encode(text)).getJsonArray("openAnswers").getJsonObject(0);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Test
  void theReportCountsEachGroupAndSearchesFiltersAndPagesTheOpenAnswers() {
    JsonObject all = report("");
    JsonObject learners = all.getJsonArray("groups").getJsonObject(0);
    assertThat(learners.getString("group")).isEqualTo("learner");
    assertThat(learners.getInt("n")).isEqualTo(6);
    assertThat(learners.getBoolean("withheld")).isFalse();
    assertThat(all.getJsonObject("openAnswersPage").getInt("total")).isEqualTo(6);

    JsonArray labs = report("?q=" + encode("labs, 100%")).getJsonArray("openAnswers");
    assertThat(labs).hasSize(1);
    assertThat(labs.getJsonObject(0).getString("text")).isEqualTo("More LABS, 100% practice");
    assertThat(labs.getJsonObject(0).getString("group")).isEqualTo("learner");
    assertThat(report("?q=" + encode("%")).getJsonArray("openAnswers")).hasSize(1);
    assertThat(report("?q=" + encode("_")).getJsonArray("openAnswers")).isEmpty();
    assertThat(report("?group=employer").getJsonArray("openAnswers")).isEmpty();
    assertThat(report("?group=learner&version=1").getJsonArray("openAnswers")).hasSize(6);
    assertThat(report("?version=2").getJsonArray("openAnswers")).isEmpty();

    JsonObject first = report("?limit=4");
    assertThat(first.getJsonArray("openAnswers")).hasSize(4);
    assertThat(first.getJsonArray("openAnswers").getJsonObject(0).getString("text"))
        .isEqualTo("More LABS, 100% practice");
    JsonArray second = report("?limit=4&offset=4").getJsonArray("openAnswers");
    assertThat(second).hasSize(2);
    assertThat(second.getJsonObject(1).getString("text")).isEqualTo("Idea 0");
    assertThat(all.toString()).doesNotContain("learner-");

    assertProblem(
        instructor.send("GET", "/api/module-feedback/report/" + moduleId + "?limit=0", null),
        400,
        "invalid-input");
    assertProblem(
        instructor.send("GET", "/api/module-feedback/report/" + moduleId + "?hidden=maybe", null),
        400,
        "invalid-input");
    assertProblem(
        instructor.send(
            "GET", "/api/module-feedback/report/" + moduleId + "?q=" + "x".repeat(201), null),
        400,
        "invalid-input");
  }

  @Test
  void aHiddenAnswerIsKeptCountedAndShownAgainAndAnIdeaIsFlaggedWithWhoAndWhen() {
    JsonObject answer = answerWith("Idea 3");
    assertProblem(moderate(instructor, answer, Map.of("action", "hide")), 400, "invalid-input");
    assertProblem(moderate(instructor, answer, Map.of("action", "delete")), 400, "invalid-input");

    HttpAnswer hidden =
        moderate(instructor, answer, Map.of("action", "hide", "reason", "Names a classmate"));
    assertThat(hidden.status()).as("%s", hidden).isEqualTo(200);
    assertThat(hidden.json().getString("actor")).startsWith("lti:");
    JsonObject after = report("");
    assertThat(after.getJsonArray("openAnswers").toString()).doesNotContain("Idea 3");
    assertThat(after.getJsonObject("openAnswersPage").getInt("total")).isEqualTo(5);
    assertThat(after.getJsonObject("openAnswersPage").getInt("hidden")).isEqualTo(1);
    JsonObject kept = report("?hidden=true").getJsonArray("openAnswers").getJsonObject(0);
    assertThat(kept.getString("text")).isEqualTo("Idea 3");
    assertThat(kept.getString("hiddenReason")).isEqualTo("Names a classmate");
    assertThat(kept.getString("hiddenBy")).startsWith("lti:");
    assertThat(kept.getString("hiddenAt")).isNotBlank();

    assertThat(moderate(instructor, answer, Map.of("action", "unhide")).status()).isEqualTo(200);
    assertThat(report("").getJsonArray("openAnswers").toString()).contains("Idea 3");

    JsonObject idea = answerWith("LABS");
    assertThat(moderate(instructor, idea, Map.of("action", "mark-idea")).status()).isEqualTo(200);
    JsonArray ideas = report("?ideas=true").getJsonArray("openAnswers");
    assertThat(ideas).hasSize(1);
    assertThat(ideas.getJsonObject(0).getBoolean("idea")).isTrue();
    assertThat(ideas.getJsonObject(0).getString("ideaBy")).startsWith("lti:");

    JsonArray history = instructor.send("GET", moderationPath(answer), null).jsonArray();
    assertThat(history).hasSize(2);
    assertThat(history.getJsonObject(0).getString("action")).isEqualTo("hide");
    assertThat(history.getJsonObject(0).getString("reason")).isEqualTo("Names a classmate");
    assertThat(history.getJsonObject(1).getString("action")).isEqualTo("unhide");
  }

  @Test
  void onlyStaffOfACourseDeliveringTheModuleModerate() {
    JsonObject answer = answerWith("Idea 1");
    Map<String, Object> hide = Map.of("action", "hide", "reason", "test");
    assertProblem(moderate(learner(), answer, hide), 403, "forbidden");
    AdminApi otherInstructor =
        AdminApi.withAuthorization(
            "Bearer "
                + launch(LtiRoles.INSTRUCTOR, "other-" + Unique.suffix(), "t-" + Unique.suffix()));
    assertProblem(moderate(otherInstructor, answer, hide), 403, "forbidden");
    assertProblem(
        otherInstructor.send("GET", "/api/module-feedback/report/" + moduleId, null),
        403,
        "forbidden");
    long otherProgram = fixture.program("OTH-101");
    try (TestPlatform other = TestPlatform.registerFor(fixture.universityOf(otherProgram))) {
      AdminApi otherAdmin =
          AdminApi.withAuthorization(
              "Bearer "
                  + other
                      .launchIntoCourse(
                          LtiRoles.INSTITUTION_ADMINISTRATOR,
                          courseId,
                          t -> t.with(LtiClaims.SUB, "admin-" + Unique.suffix()))
                      .sessionToken());
      assertProblem(moderate(otherAdmin, answer, hide), 403, "forbidden");
      assertProblem(
          otherAdmin.send("GET", "/api/module-feedback/report/" + moduleId, null),
          403,
          "forbidden");
    }
    assertProblem(
        AdminApi.withAuthorization(null).send("POST", moderationPath(answer), "{}"),
        401,
        "unauthorized");
    String wrongModule = moderationPath(answer).replace("/report/" + moduleId, "/report/1");
    assertThat(instructor.send("POST", wrongModule, JsonText.of(hide)).status()).isEqualTo(403);
    String noSuchAnswer = moderationPath(answer).replaceAll("/answers/\\d+/", "/answers/1/");
    assertProblem(
        instructor.send("POST", noSuchAnswer, JsonText.of(hide)), 404, "module-answer-not-found");
    assertThat(report("").getJsonArray("openAnswers").toString()).contains("Idea 1");
  }

  @Test
  void thePageSearchesAndItsFormsHideAndShowAgainWithTheCsrfToken() {
    String page =
        "/app/course/module-feedback?lang=en&module="
            + moduleId
            + "&kt="
            + Http.pageReference(instructorToken);
    HttpAnswer search = Http.get(page + "&q=labs", "Accept", "text/html");
    assertThat(search.status()).as("%s", search).isEqualTo(200);
    assertThat(search.body())
        .contains("More LABS, 100% practice", "Ratings per stakeholder group", "Hidden answers: 0")
        .doesNotContain("Idea 2");
    String csrf = RespondentFixture.hidden(search.body(), "csrf");
    JsonObject answer = answerWith("LABS");
    String[] form = {
      "kt",
      Http.pageReference(instructorToken),
      "csrf",
      csrf,
      "module",
      Long.toString(moduleId),
      "ratingId",
      answer.getJsonNumber("ratingId").toString(),
      "itemId",
      answer.getJsonNumber("itemId").toString(),
      "action",
      "hide",
      "reason",
      "Off topic",
      "q",
      "labs",
      "lang",
      "en"
    };
    HttpAnswer forged = post(withValue(form, "csrf", "forged"));
    assertThat(forged.status()).isEqualTo(403);
    HttpAnswer noReason = post(withValue(form, "reason", ""));
    assertThat(noReason.status()).isEqualTo(303);
    assertThat(Http.get(noReason.location().orElseThrow(), "Accept", "text/html").body())
        .contains("Not hidden: write the reason");

    HttpAnswer done = post(form);
    assertThat(done.status()).as("%s", done).isEqualTo(303);
    String after = Http.get(done.location().orElseThrow(), "Accept", "text/html").body();
    assertThat(after)
        .contains("The answer is hidden.", "Hidden answers: 1")
        .doesNotContain("More LABS, 100% practice");
    String hiddenList = Http.get(page + "&hidden=true", "Accept", "text/html").body();
    assertThat(hiddenList).contains("More LABS, 100% practice", "Off topic", "Show again");
    HttpAnswer shown = post(withValue(form, "action", "unhide"));
    assertThat(Http.get(shown.location().orElseThrow(), "Accept", "text/html").body())
        .contains("The answer is shown again.", "More LABS, 100% practice");
  }

  private static String[] withValue(String[] form, String name, String value) {
    String[] copy = form.clone();
    for (int i = 0; i < copy.length; i += 2) {
      if (copy[i].equals(name)) {
        copy[i + 1] = value;
      }
    }
    return copy;
  }

  private static HttpAnswer post(String... namesAndValues) {
    String body =
        Stream.iterate(0, i -> i < namesAndValues.length, i -> i + 2)
            .map(i -> encode(namesAndValues[i]) + "=" + encode(namesAndValues[i + 1]))
            .collect(Collectors.joining("&"));
    return Http.post(
        "/app/course/module-feedback/moderation",
        "application/x-www-form-urlencoded",
        body,
        "Accept",
        "text/html");
  }
}
