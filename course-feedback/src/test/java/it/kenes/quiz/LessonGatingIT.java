package it.kenes.quiz;

import static it.kenes.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.LtiRoles;
import it.kenes.support.Programs;
import it.kenes.support.TestPlatform;
import it.kenes.support.Unique;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Gating of a course's own lessons (docs/quizzes.md, "Gating"): an instructor places two quizzes in
 * the first two lessons of a delivered module and makes the second lesson require the first quiz; a
 * learner sees the second lesson locked with the quiz that unlocks it, cannot open it nor take its
 * quiz over the API or by URL, is sent back to the first lesson after failing, and finds the second
 * lesson open once they pass. Rules that repeat or lock a quiz behind itself are refused, and only
 * the course's staff set rules.
 */
class LessonGatingIT {

  private final AdminApi admin = AdminApi.asAdmin();
  private TestPlatform platform;
  private String courseId;
  private AdminApi instructor;
  private String instructorToken;
  private long moduleId;

  @BeforeEach
  void aCourseDeliveringAModuleWithLessons() {
    it.kenes.support.Kenes.awaitReady();
    Map<String, Object> module = Programs.module("SOIL-" + Unique.suffix());
    module.put(
        "lessons",
        List.of(
            Map.of("title", "Soil types", "steps", List.of("Video lecture", "Quiz")),
            Map.of("title", "Soil fertility", "steps", List.of("Lecture", "Lab")),
            Map.of("title", "Field work", "steps", List.of("Trip", "Report"))));
    Programs.Created created =
        Programs.aProgram()
            .university("U-" + Unique.suffix(), "Steppe University")
            .withModule(module)
            .create(admin);
    platform = TestPlatform.registerFor(created.universityId());
    courseId = "gated-" + Unique.suffix();
    instructorToken = launch(LtiRoles.INSTRUCTOR, "teacher-" + Unique.suffix());
    instructor = AdminApi.withAuthorization("Bearer " + instructorToken);
    long contextRef = Http.contextRef(instructorToken);
    Programs.deliver(admin, contextRef, created.programId(), (String) module.get("code"));
    HttpAnswer delivered = admin.send("GET", "/api/courses/" + contextRef + "/modules", null);
    moduleId = delivered.jsonArray().getJsonObject(0).getJsonNumber("moduleId").longValue();
  }

  @AfterEach
  void close() {
    platform.close();
  }

  private String launch(String role, String sub) {
    return platform.launchIntoCourse(role, courseId, t -> t.subject(sub)).sessionToken();
  }

  private long quiz(String title) {
    Map<String, Object> quiz =
        new LinkedHashMap<>(QuizCourse.fiveQuestions(QuizCourse.settings(0, 0, "AFTER_SUBMIT")));
    quiz.put("title", title);
    HttpAnswer created = instructor.send("POST", "/api/quizzes", JsonText.of(quiz));
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  private HttpAnswer place(long quizId, int lesson) {
    return instructor.send(
        "PUT",
        "/api/lessons/placements/" + quizId,
        JsonText.of(Map.of("moduleId", moduleId, "lesson", lesson)));
  }

  private HttpAnswer rule(AdminApi api, int lesson, Integer step, long quizId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("moduleId", moduleId);
    body.put("lesson", lesson);
    if (step != null) {
      body.put("step", step);
    }
    body.put("quizId", quizId);
    return api.send("POST", "/api/lessons/rules", JsonText.of(body));
  }

  private static long attempt(AdminApi learner, long quizId, int right) {
    HttpAnswer started = learner.send("POST", "/api/quizzes/" + quizId + "/attempts", null);
    assertThat(started.status()).as("%s", started).isEqualTo(201);
    long attempt = started.json().getJsonNumber("id").longValue();
    HttpAnswer submitted =
        learner.send("POST", "/api/attempts/" + attempt + "/submission", QuizCourse.answers(right));
    assertThat(submitted.status()).as("%s", submitted).isEqualTo(201);
    return attempt;
  }

  private static JsonObject lesson(AdminApi learner, int index) {
    HttpAnswer modules = learner.send("GET", "/api/lessons", null);
    assertThat(modules.status()).as("%s", modules).isEqualTo(200);
    JsonArray lessons = modules.jsonArray().getJsonObject(0).getJsonArray("lessons");
    return lessons.getJsonObject(index);
  }

  @Test
  void passingTheQuizUnlocksTheNextLessonAndItsQuiz() {
    long week1 = quiz("Week 1 check");
    long week2 = quiz("Week 2 check");
    assertThat(place(week1, 0).status()).isEqualTo(200);
    assertThat(place(week2, 1).status()).isEqualTo(200);
    HttpAnswer added = rule(instructor, 1, null, week1);
    assertThat(added.status()).as("%s", added).isEqualTo(201);
    assertThat(rule(instructor, 2, 1, week2).status()).isEqualTo(201);

    String learnerToken = launch(LtiRoles.LEARNER, "learner-" + Unique.suffix());
    AdminApi learner = AdminApi.withAuthorization("Bearer " + learnerToken);

    JsonObject second = lesson(learner, 1);
    assertThat(second.getBoolean("locked")).isTrue();
    assertThat(second.getJsonArray("unlockedBy").getJsonObject(0).getString("title"))
        .isEqualTo("Week 1 check");
    assertThat(lesson(learner, 0).getBoolean("locked")).isFalse();
    JsonObject third = lesson(learner, 2);
    assertThat(third.getBoolean("locked")).isFalse();
    assertThat(third.getJsonArray("steps").getJsonObject(0).getBoolean("locked")).isFalse();
    assertThat(third.getJsonArray("steps").getJsonObject(1).getBoolean("locked")).isTrue();

    HttpAnswer lockedLesson = learner.send("GET", "/api/lessons/modules/" + moduleId + "/1", null);
    assertProblem(lockedLesson, 403, "lesson-locked");
    assertThat(lockedLesson.problemDetail())
        .contains("The lesson «Soil fertility» is locked: pass the quiz «Week 1 check»");
    HttpAnswer lockedQuiz = learner.send("POST", "/api/quizzes/" + week2 + "/attempts", null);
    assertProblem(lockedQuiz, 403, "lesson-locked");
    assertThat(lockedQuiz.problemDetail())
        .contains("«Week 2 check» of the lesson «Soil fertility»");
    assertProblem(learner.send("GET", "/api/quizzes/" + week2, null), 403, "lesson-locked");

    String kt = Http.pageReference(learnerToken);
    HttpAnswer outline = Http.get("/app/lessons?lang=en&kt=" + kt, "Accept", "text/html");
    assertThat(outline.status()).as("%s", outline).isEqualTo(200);
    assertThat(outline.body())
        .contains("data-kenes-lesson-locked=\"true\"", "Pass to unlock:", "Week 1 check");
    HttpAnswer lockedPage =
        Http.get("/app/quizzes/" + week2 + "?lang=ru&kt=" + kt, "Accept", "text/html");
    assertThat(lockedPage.status()).isEqualTo(403);
    assertThat(lockedPage.body()).contains("Это пока закрыто", "«Soil fertility» откроется");
    assertThat(
            Http.get("/app/lessons/" + moduleId + "/1?lang=kk&kt=" + kt, "Accept", "text/html")
                .status())
        .isEqualTo(403);

    long failed = attempt(learner, week1, 3);
    assertThat(lesson(learner, 1).getBoolean("locked")).isTrue();
    HttpAnswer review =
        Http.get("/app/quizzes/attempts/" + failed + "?lang=en&kt=" + kt, "Accept", "text/html");
    assertThat(review.body())
        .contains("id=\"kenes-review-lesson\"", "Review the lesson «Soil types», then try again.")
        .contains("/app/lessons/" + moduleId + "/0");

    attempt(learner, week1, 5);
    assertThat(lesson(learner, 1).getBoolean("locked")).isFalse();
    HttpAnswer opened = learner.send("GET", "/api/lessons/modules/" + moduleId + "/1", null);
    assertThat(opened.status()).as("%s", opened).isEqualTo(200);
    assertThat(opened.json().getJsonArray("quizzes").getJsonObject(0).getString("title"))
        .isEqualTo("Week 2 check");
    assertThat(learner.send("POST", "/api/quizzes/" + week2 + "/attempts", null).status())
        .isEqualTo(201);
    HttpAnswer lessonPage =
        Http.get("/app/lessons/" + moduleId + "/1?lang=en&kt=" + kt, "Accept", "text/html");
    assertThat(lessonPage.status()).isEqualTo(200);
    assertThat(lessonPage.body()).contains("2. Soil fertility", "Lecture", "Week 2 check");
  }

  @Test
  void refusesRepeatedAndSelfLockingRulesAndRulesByLearners() {
    long week1 = quiz("Week 1 check");
    place(week1, 0);
    assertThat(rule(instructor, 1, null, week1).status()).isEqualTo(201);
    assertProblem(rule(instructor, 1, null, week1), 409, "gate-exists");
    assertProblem(rule(instructor, 0, null, week1), 409, "gate-cycle");
    assertProblem(rule(instructor, 7, null, week1), 404, "lesson-not-found");
    assertProblem(rule(instructor, 1, 9, week1), 400, "invalid-input");

    AdminApi learner =
        AdminApi.withAuthorization(
            "Bearer " + launch(LtiRoles.LEARNER, "learner-" + Unique.suffix()));
    assertProblem(rule(learner, 2, null, week1), 403, "quiz-staff-only");
    assertProblem(learner.send("GET", "/api/lessons/rules", null), 403, "quiz-staff-only");

    HttpAnswer rules = instructor.send("GET", "/api/lessons/rules", null);
    assertThat(rules.status()).isEqualTo(200);
    long ruleId =
        rules.json().getJsonArray("rules").getJsonObject(0).getJsonNumber("id").longValue();
    assertThat(rules.json().getJsonArray("placements").getJsonObject(0).getInt("lesson"))
        .isEqualTo(0);
    assertThat(instructor.send("DELETE", "/api/lessons/rules/" + ruleId, null).status())
        .isEqualTo(204);
    assertProblem(
        instructor.send("DELETE", "/api/lessons/rules/" + ruleId, null), 404, "gate-not-found");

    HttpAnswer page =
        Http.get(
            "/app/lessons/rules?lang=en&kt=" + Http.pageReference(instructorToken),
            "Accept",
            "text/html");
    assertThat(page.status()).as("%s", page).isEqualTo(200);
    assertThat(page.body()).contains("Lesson rules", "id=\"kenes-rule-add\"", "Soil fertility");
  }
}
