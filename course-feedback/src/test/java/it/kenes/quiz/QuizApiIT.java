package it.kenes.quiz;

import static it.kenes.quiz.QuizCourse.answers;
import static it.kenes.quiz.QuizCourse.settings;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.quiz.QuizCourse.Learner;
import it.kenes.support.AdminApi;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.LtiRoles;
import it.kenes.support.Unique;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Quizzes over the API (docs/quizzes.md): an instructor creates a quiz; a learner starts, saves and
 * submits attempts graded on the server, with the paper's 4-of-5 rule; right answers are withheld
 * until the quiz allows; submitting or starting twice makes one attempt; the attempt limit,
 * instructors' grants (with their audit trail) and the cool-down hold; and no one sees another
 * learner's attempts or another course's quiz.
 */
class QuizApiIT {

  private final QuizCourse course = new QuizCourse();

  @AfterEach
  void close() {
    course.close();
  }

  private static HttpAnswer start(AdminApi api, long quizId) {
    return api.send("POST", "/api/quizzes/" + quizId + "/attempts", null);
  }

  private static HttpAnswer submit(AdminApi api, long attemptId, String body) {
    return api.send("POST", "/api/attempts/" + attemptId + "/submission", body);
  }

  private static long id(HttpAnswer answer) {
    assertThat(answer.status()).as("%s", answer).isBetween(200, 201);
    return answer.json().getJsonNumber("id").longValue();
  }

  @Test
  void aLearnerFailsWithThreeOfFivePassesWithFourAndSeesAnswersOnlyOncePassed() {
    long quizId = course.createQuiz(settings(3, 0, "AFTER_PASS_OR_LAST"));
    Learner learner = course.learner();

    HttpAnswer quiz = learner.api().send("GET", "/api/quizzes/" + quizId, null);
    assertThat(quiz.status()).as("%s", quiz).isEqualTo(200);
    assertThat(quiz.body()).doesNotContain("\"correct\":[", "Statement 1");
    assertThat(quiz.json().getInt("attemptsLeft")).isEqualTo(3);

    HttpAnswer started = start(learner.api(), quizId);
    assertThat(started.status()).as("%s", started).isEqualTo(201);
    assertThat(started.body()).contains("Statement 1").doesNotContain("\"correct\":[");
    long attempt = id(started);
    assertThat(id(start(learner.api(), quizId)))
        .as("resumed, not a second attempt")
        .isEqualTo(attempt);

    HttpAnswer saved =
        learner.api().send("PUT", "/api/attempts/" + attempt + "/answers", answers(3));
    assertThat(saved.status()).as("%s", saved).isEqualTo(200);
    HttpAnswer resumed = learner.api().send("GET", "/api/attempts/" + attempt, null);
    assertThat(resumed.json().getJsonObject("answers").getJsonArray("q1").getString(0))
        .isEqualTo("true");

    HttpAnswer failed = submit(learner.api(), attempt, JsonText.of(Map.of()));
    assertThat(failed.status()).as("%s", failed).isEqualTo(201);
    JsonObject result = failed.json();
    assertThat(result.getInt("correct")).isEqualTo(3);
    assertThat(result.getBoolean("passed")).isFalse();
    assertThat(result.getBoolean("revealed")).isFalse();
    assertThat(failed.body()).doesNotContain("\"correct\":[").contains("Review lecture 4");

    HttpAnswer again = submit(learner.api(), attempt, answers(5));
    assertThat(again.status()).as("a repeated submission answers the first").isEqualTo(200);
    assertThat(again.json().getInt("correct")).isEqualTo(3);

    long second = id(start(learner.api(), quizId));
    assertThat(second).isNotEqualTo(attempt);
    HttpAnswer passed = submit(learner.api(), second, answers(4));
    assertThat(passed.json().getBoolean("passed")).isTrue();
    assertThat(passed.json().getString("state")).isEqualTo("submitted");
    assertThat(passed.json().getBoolean("revealed")).isTrue();
    assertThat(passed.body()).contains("\"correct\":[\"true\"]");

    JsonObject standing = learner.api().send("GET", "/api/quizzes/" + quizId, null).json();
    assertThat(standing.getInt("attemptsLeft")).isEqualTo(1);
    assertThat(standing.getJsonObject("kept").getJsonNumber("percent").doubleValue()).isEqualTo(80);
    assertThat(standing.getJsonArray("attempts")).hasSize(2);
  }

  @Test
  void aMandatoryQuestionMustBeAnswered() {
    long quizId = course.createQuiz(settings(0, 0, "AFTER_SUBMIT"));
    Learner learner = course.learner();
    long attempt = id(start(learner.api(), quizId));
    HttpAnswer refused =
        submit(
            learner.api(), attempt, JsonText.of(Map.of("answers", Map.of("q2", List.of("true")))));
    assertThat(refused.status()).as("%s", refused).isEqualTo(400);
    assertThat(refused.mediaType()).isEqualTo(HttpAnswer.PROBLEM_JSON);
    assertThat(refused.problemDetail()).contains("q1");
  }

  @Test
  void noOneSeesAnotherLearnersAttemptsOrAnotherCoursesQuiz() {
    long quizId = course.createQuiz(settings(0, 0, "AFTER_SUBMIT"));
    Learner owner = course.learner();
    long attempt = id(start(owner.api(), quizId));

    Learner classmate = course.learner();
    assertThat(classmate.api().send("GET", "/api/attempts/" + attempt, null).status())
        .isEqualTo(404);
    assertThat(submit(classmate.api(), attempt, answers(5)).status()).isEqualTo(404);
    assertThat(classmate.api().send("GET", "/api/quizzes/" + quizId + "/attempts", null).status())
        .isEqualTo(403);
    assertThat(
            classmate
                .api()
                .send(
                    "POST",
                    "/api/quizzes",
                    JsonText.of(QuizCourse.fiveQuestions(settings(0, 0, "NEVER"))))
                .status())
        .isEqualTo(403);

    String otherCourse =
        course.launch(LtiRoles.LEARNER, "other-" + Unique.suffix(), "x-" + Unique.suffix());
    AdminApi stranger = AdminApi.withAuthorization("Bearer " + otherCourse);
    assertThat(stranger.send("GET", "/api/quizzes/" + quizId, null).status()).isEqualTo(404);
    assertThat(start(stranger, quizId).status()).isEqualTo(404);
    assertThat(stranger.send("GET", "/api/quizzes", null).jsonArray()).isEmpty();

    HttpAnswer all = course.instructor.send("GET", "/api/quizzes/" + quizId + "/attempts", null);
    assertThat(all.status()).as("%s", all).isEqualTo(200);
    assertThat(all.json().getInt("total")).isEqualTo(1);
    HttpAnswer staffView = course.instructor.send("GET", "/api/attempts/" + attempt, null);
    assertThat(staffView.status()).isEqualTo(200);
    assertThat(staffView.body()).contains("\"correct\":[\"true\"]");
  }

  @Test
  void theAttemptLimitHoldsUntilAnInstructorGrantsAnotherWithAReason() {
    long quizId = course.createQuiz(settings(1, 0, "AFTER_SUBMIT"));
    Learner learner = course.learner();
    long attempt = id(start(learner.api(), quizId));
    submit(learner.api(), attempt, answers(2));
    HttpAnswer refused = start(learner.api(), quizId);
    assertThat(refused.status()).as("%s", refused).isEqualTo(409);
    assertThat(refused.problemType()).endsWith("attempt-limit");

    long learnerRef =
        learner
            .api()
            .send("GET", "/api/attempts/" + attempt, null)
            .json()
            .getJsonNumber("learnerRef")
            .longValue();
    HttpAnswer noReason =
        course.instructor.send(
            "POST",
            "/api/quizzes/" + quizId + "/grants",
            JsonText.of(
                Map.of(
                    "learnerRef",
                    learnerRef,
                    "extraAttempts",
                    1,
                    "extraMinutes",
                    0,
                    "reason",
                    " ")));
    assertThat(noReason.status()).isEqualTo(400);
    HttpAnswer granted =
        course.instructor.send(
            "POST",
            "/api/quizzes/" + quizId + "/grants",
            JsonText.of(
                Map.of(
                    "learnerRef",
                    learnerRef,
                    "extraAttempts",
                    1,
                    "extraMinutes",
                    0,
                    "reason",
                    "Was ill")));
    assertThat(granted.status()).as("%s", granted).isEqualTo(201);
    assertThat(
            learner
                .api()
                .send(
                    "POST",
                    "/api/quizzes/" + quizId + "/grants",
                    JsonText.of(
                        Map.of(
                            "learnerRef",
                            learnerRef,
                            "extraAttempts",
                            5,
                            "extraMinutes",
                            0,
                            "reason",
                            "me")))
                .status())
        .isEqualTo(403);

    assertThat(start(learner.api(), quizId).status()).isEqualTo(201);
    HttpAnswer audit = course.instructor.send("GET", "/api/quizzes/" + quizId + "/grants", null);
    assertThat(audit.jsonArray()).hasSize(1);
    assertThat(audit.jsonArray().getJsonObject(0).getString("reason")).isEqualTo("Was ill");
  }

  @Test
  void theCoolDownAsksToWaitWithRetryAfter() {
    long quizId = course.createQuiz(settings(0, 30, "AFTER_SUBMIT"));
    Learner learner = course.learner();
    submit(learner.api(), id(start(learner.api(), quizId)), answers(1));
    HttpAnswer wait = start(learner.api(), quizId);
    assertThat(wait.status()).as("%s", wait).isEqualTo(429);
    assertThat(wait.problemType()).endsWith("cool-down");
    assertThat(Long.parseLong(wait.header("Retry-After").orElseThrow())).isBetween(1700L, 1800L);
  }

  @Test
  void startsAndSubmissionsAtOnceMakeOneAttemptGradedOnce() throws Exception {
    long quizId = course.createQuiz(settings(0, 0, "AFTER_SUBMIT"));
    Learner learner = course.learner();
    List<HttpAnswer> starts = atOnce(8, () -> start(learner.api(), quizId));
    Set<Long> ids = new HashSet<>();
    starts.forEach(a -> ids.add(id(a)));
    assertThat(ids).hasSize(1);
    assertThat(starts.stream().filter(a -> a.status() == 201)).hasSize(1);

    long attempt = ids.iterator().next();
    List<HttpAnswer> submits = atOnce(8, () -> submit(learner.api(), attempt, answers(4)));
    assertThat(submits.stream().filter(a -> a.status() == 201)).hasSize(1);
    assertThat(submits.stream().filter(a -> a.status() == 200)).hasSize(7);
    HttpAnswer page = course.instructor.send("GET", "/api/quizzes/" + quizId + "/attempts", null);
    assertThat(page.json().getInt("total")).isEqualTo(1);
  }

  @Test
  void anInvalidQuizIsRefusedWithEveryFieldAtFault() {
    Map<String, Object> quiz =
        QuizCourse.fiveQuestions(Map.of("passRule", Map.of("kind", "CORRECT", "value", 6)));
    HttpAnswer refused = course.instructor.send("POST", "/api/quizzes", JsonText.of(quiz));
    assertThat(refused.status()).as("%s", refused).isEqualTo(400);
    assertThat(refused.json().getJsonObject("errors").keySet()).contains("settings.passRule");
    HttpAnswer badType =
        course.instructor.send(
            "POST", "/api/quizzes", "{\"title\":\"x\",\"questions\":[{\"type\":\"ESSAY\"}]}");
    assertThat(badType.status()).as("%s", badType).isEqualTo(400);
    assertThat(badType.mediaType()).isEqualTo(HttpAnswer.PROBLEM_JSON);
  }

  private static List<HttpAnswer> atOnce(int n, Callable<HttpAnswer> request) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<HttpAnswer>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        futures.add(pool.submit(request));
      }
      List<HttpAnswer> answers = new ArrayList<>();
      for (Future<HttpAnswer> f : futures) {
        answers.add(f.get());
      }
      return answers;
    } finally {
      pool.shutdown();
    }
  }
}
