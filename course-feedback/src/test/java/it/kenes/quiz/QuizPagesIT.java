package it.kenes.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.quiz.QuizCourse.Learner;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The quiz pages without JavaScript: an instructor creates a quiz from GIFT text on the staff page;
 * a learner finds it on the landing page, fails it (3 of 5, the paper's rule wants 4), is told to
 * review, tries again, passes, and the landing page says so; the instructor sees both attempts.
 * Forms need the CSRF token.
 */
class QuizPagesIT {

  private static final String GIFT =
      "::q1::Wheat is a cereal. {T}\n\n::q2::Rye is a cereal. {T}\n\n::q3::Barley is a cereal. {T}\n\n"
          + "::q4::Oats are a cereal. {T}\n\n::q5::Potato is a root vegetable. {=true ~false}\n";

  private final QuizCourse course = new QuizCourse();

  @AfterEach
  void close() {
    course.close();
  }

  private static HttpAnswer page(String pathAndQuery) {
    return Http.get(pathAndQuery, "Accept", "text/html");
  }

  private static HttpAnswer post(String path, String... namesAndValues) {
    String body =
        Stream.iterate(0, i -> i < namesAndValues.length, i -> i + 2)
            .map(i -> encode(namesAndValues[i]) + "=" + encode(namesAndValues[i + 1]))
            .collect(Collectors.joining("&"));
    return Http.post(path, "application/x-www-form-urlencoded", body, "Accept", "text/html");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String hidden(String html, String name) {
    Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
    assertThat(m.find()).as("hidden %s", name).isTrue();
    return m.group(1);
  }

  private static String location(HttpAnswer answer) {
    assertThat(answer.status()).as("%s", answer).isEqualTo(303);
    String target = answer.location().orElseThrow().toString();
    return target.substring(target.indexOf("/app"));
  }

  private long createWithGift(String kt) {
    HttpAnswer list = page("/app/course/quizzes?kt=" + kt + "&lang=en");
    assertThat(list.status()).as("%s", list).isEqualTo(200);
    assertThat(list.body()).contains("This course has no quiz yet");
    String csrf = hidden(list.body(), "csrf");
    HttpAnswer noCsrf = post("/app/course/quizzes", "kt", kt, "title", "Cereals", "gift", GIFT);
    assertThat(noCsrf.status()).isEqualTo(403);
    HttpAnswer broken =
        post("/app/course/quizzes", "kt", kt, "csrf", csrf, "title", "Cereals", "gift", "Essay {}");
    assertThat(broken.status()).isEqualTo(400);
    assertThat(broken.body()).contains("Line 1", "essay");
    String created =
        location(
            post(
                "/app/course/quizzes",
                "kt",
                kt,
                "csrf",
                csrf,
                "title",
                "Cereals",
                "gift",
                GIFT,
                "language",
                "en",
                "ruleKind",
                "correct",
                "ruleValue",
                "4",
                "attemptLimit",
                "0"));
    Matcher id = Pattern.compile("/app/course/quizzes/(\\d+)").matcher(created);
    assertThat(id.find()).isTrue();
    return Long.parseLong(id.group(1));
  }

  private String answerAndSubmit(String kt, String attemptPath, int right) {
    HttpAnswer form = page(attemptPath);
    assertThat(form.status()).as("%s", form).isEqualTo(200);
    assertThat(form.body())
        .contains("Wheat is a cereal.", "name=\"a.q1\"")
        .doesNotContain("Right answer");
    String csrf = hidden(form.body(), "csrf");
    String path = attemptPath.substring(0, attemptPath.indexOf('?'));
    HttpAnswer submitted =
        post(
            path,
            "kt",
            kt,
            "csrf",
            csrf,
            "action",
            "submit",
            "a.q1",
            "true",
            "a.q2",
            right >= 2 ? "true" : "false",
            "a.q3",
            right >= 3 ? "true" : "false",
            "a.q4",
            right >= 4 ? "true" : "false",
            "a.q5",
            right >= 5 ? "c1" : "c2");
    return location(submitted);
  }

  @Test
  void aLearnerFailsReviewsRetriesAndPasses() {
    String teacherKt = Http.pageReference(course.instructorToken);
    long quizId = createWithGift(teacherKt);

    Learner learner = course.learner();
    String kt = Http.pageReference(learner.token());
    HttpAnswer landing = page("/app?kt=" + kt + "&lang=en");
    assertThat(landing.body())
        .contains("Quizzes of this course", "Cereals", "data-kenes-quiz-status=\"none\"");

    HttpAnswer quizPage = page("/app/quizzes/" + quizId + "?kt=" + kt + "&lang=en");
    assertThat(quizPage.status()).as("%s", quizPage).isEqualTo(200);
    assertThat(quizPage.body()).contains("Pass with at least 4 right answers", "Start the quiz");
    String csrf = hidden(quizPage.body(), "csrf");
    String attempt = location(post("/app/quizzes/" + quizId + "/attempts", "kt", kt, "csrf", csrf));

    HttpAnswer failed = page(answerAndSubmit(kt, attempt, 3));
    assertThat(failed.body())
        .contains("data-kenes-passed=\"false\"", "3 / 5 (60 %): not passed.", "Review the lesson")
        .contains("Right answer: true");

    String second = location(post("/app/quizzes/" + quizId + "/attempts", "kt", kt, "csrf", csrf));
    assertThat(second).isNotEqualTo(attempt);
    HttpAnswer passed = page(answerAndSubmit(kt, second, 5));
    assertThat(passed.body()).contains("data-kenes-passed=\"true\"", "5 / 5 (100 %): passed.");

    assertThat(page("/app?kt=" + kt + "&lang=en").body())
        .contains("data-kenes-quiz-status=\"passed\"", "Passed (100 %)");
    HttpAnswer history = page("/app/quizzes/" + quizId + "?kt=" + kt + "&lang=en");
    assertThat(history.body()).contains("Attempt 2", "Attempt 1", "Try again");

    HttpAnswer staff = page("/app/course/quizzes/" + quizId + "?kt=" + teacherKt + "&lang=en");
    assertThat(staff.status()).as("%s", staff).isEqualTo(200);
    assertThat(staff.body())
        .contains("id=\"kenes-quiz-attempts\"", "3 / 5", "5 / 5", "kenes-quiz-statistics");
    assertThat(page("/app/course/quizzes?kt=" + kt).status()).isEqualTo(403);
  }

  @Test
  void savedAnswersComeBackWhenTheAttemptIsOpenedAgain() {
    long quizId = createWithGift(Http.pageReference(course.instructorToken));
    Learner learner = course.learner();
    String kt = Http.pageReference(learner.token());
    HttpAnswer quizPage = page("/app/quizzes/" + quizId + "?kt=" + kt + "&lang=en");
    String csrf = hidden(quizPage.body(), "csrf");
    String attempt = location(post("/app/quizzes/" + quizId + "/attempts", "kt", kt, "csrf", csrf));
    String path = attempt.substring(0, attempt.indexOf('?'));
    String saved = location(post(path, "kt", kt, "csrf", csrf, "action", "save", "a.q2", "false"));
    HttpAnswer back = page(saved);
    assertThat(back.body()).contains("Your answers were saved");
    assertThat(back.body()).containsPattern("value=\"false\"\\s+checked");
  }
}
