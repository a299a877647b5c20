package it.kenes.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.LtiRoles;
import it.kenes.support.TestPlatform;
import it.kenes.support.Unique;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A course with an instructor and learners launched into it, and quizzes of five true/false
 * questions (the paper's "5 questions, more than 3 correct" by default).
 */
final class QuizCourse implements AutoCloseable {

  final TestPlatform platform = TestPlatform.register();
  final String courseId = "quiz-course-" + Unique.suffix();
  final String instructorToken =
      launch(LtiRoles.INSTRUCTOR, courseId, "teacher-" + Unique.suffix());
  final AdminApi instructor = AdminApi.withAuthorization("Bearer " + instructorToken);

  String launch(String role, String course, String sub) {
    return platform.launchIntoCourse(role, course, t -> t.subject(sub)).sessionToken();
  }

  /** A new learner of this course, as an API client with their session. */
  Learner learner() {
    String token = launch(LtiRoles.LEARNER, courseId, "learner-" + Unique.suffix());
    return new Learner(token, AdminApi.withAuthorization("Bearer " + token));
  }

  record Learner(String token, AdminApi api) {}

  /** A quiz of five true/false questions, all "true", the first mandatory, with settings. */
  static Map<String, Object> fiveQuestions(Map<String, Object> settings) {
    List<Object> questions = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      Map<String, Object> q = new LinkedHashMap<>();
      q.put("code", "q" + i);
      q.put("type", "TRUE_FALSE");
      q.put("text", Map.of("en", "Statement " + i, "kk", "Тұжырым " + i));
      q.put("points", 1);
      q.put("mandatory", i == 1);
      q.put("correct", List.of("true"));
      q.put("feedbackWrong", Map.of("en", "Review lecture " + i));
      questions.add(q);
    }
    Map<String, Object> quiz = new LinkedHashMap<>();
    quiz.put("title", "Week 1 check");
    quiz.put("questions", questions);
    quiz.put("settings", settings);
    return quiz;
  }

  static Map<String, Object> settings(int attemptLimit, int cooldown, String reveal) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("passRule", Map.of("kind", "CORRECT", "value", 4));
    s.put("attemptLimit", attemptLimit);
    s.put("cooldownMinutes", cooldown);
    s.put("reveal", reveal);
    return s;
  }

  long createQuiz(Map<String, Object> settings) {
    HttpAnswer created =
        instructor.send("POST", "/api/quizzes", JsonText.of(fiveQuestions(settings)));
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  /** Answers with the first {@code right} questions right and the rest wrong. */
  static String answers(int right) {
    Map<String, Object> answers = new LinkedHashMap<>();
    for (int i = 1; i <= 5; i++) {
      answers.put("q" + i, List.of(i <= right ? "true" : "false"));
    }
    return JsonText.of(Map.of("answers", answers));
  }

  @Override
  public void close() {
    platform.close();
  }
}
