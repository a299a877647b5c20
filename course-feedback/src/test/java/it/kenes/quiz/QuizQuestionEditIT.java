package it.kenes.quiz;

import static it.kenes.quiz.QuizCourse.answers;
import static it.kenes.quiz.QuizCourse.settings;
import static it.kenes.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.quiz.QuizCourse.Learner;
import it.kenes.support.AdminApi;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.LtiRoles;
import it.kenes.support.Unique;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.kenes.lti.LtiClaims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A quiz's questions edited one at a time, over the API and with the staff pages' structured form:
 * added, refused with the fields at fault, replaced in all three languages, moved, removed; a
 * submitted attempt keeps its paper and its score; a new attempt asks the edited quiz. A learner
 * cannot edit (403), an instructor of another course finds nothing (404). The staff page names the
 * learners their launches named, and shows the Kenes reference of one who sent no name.
 */
class QuizQuestionEditIT {

  private final QuizCourse course = new QuizCourse();

  @AfterEach
  void close() {
    course.close();
  }

  private static Map<String, Object> numeric(String code) {
    return Map.of(
        "code",
        code,
        "type",
        "NUMERIC",
        "text",
        Map.of("en", "g in m/s²", "ru", "g в м/с²", "kk", "g, м/с²"),
        "points",
        2,
        "number",
        9.81,
        "tolerance",
        0.05);
  }

  private static List<String> codes(JsonObject quiz) {
    return quiz.getJsonArray("questions").stream()
        .map(v -> v.asJsonObject().getString("code"))
        .toList();
  }

  private static HttpAnswer start(AdminApi api, long quizId) {
    return api.send("POST", "/api/quizzes/" + quizId + "/attempts", "{}");
  }

  @Test
  void theApiEditsOneQuestionAtATimeAndAttemptsKeepTheirPaper() {
    long quizId = course.createQuiz(settings(0, 0, "AFTER_SUBMIT"));
    String base = "/api/quizzes/" + quizId + "/questions";
    Learner learner = course.learner();
    long first = start(learner.api(), quizId).json().getJsonNumber("id").longValue();
    HttpAnswer submitted =
        learner.api().send("POST", "/api/attempts/" + first + "/submission", answers(5));
    assertThat(submitted.status()).as("%s", submitted).isEqualTo(201);

    HttpAnswer added = course.instructor.send("POST", base, JsonText.of(numeric("q6")));
    assertThat(added.status()).as("%s", added).isEqualTo(201);
    assertThat(added.location().orElseThrow().toString()).endsWith(base + "/q6");
    assertThat(codes(added.json())).containsExactly("q1", "q2", "q3", "q4", "q5", "q6");
    assertProblem(
        course.instructor.send("POST", base, JsonText.of(numeric("q6"))),
        409,
        "question-code-taken");
    HttpAnswer invalid =
        course.instructor.send(
            "POST",
            base,
            JsonText.of(
                Map.of(
                    "code",
                    "q7",
                    "type",
                    "SINGLE_CHOICE",
                    "text",
                    Map.of("en", "?"),
                    "points",
                    1)));
    assertProblem(invalid, 400, "invalid-question");
    assertThat(invalid.body()).contains("question.choices", "question.correct");
    HttpAnswer empty = course.instructor.send("POST", base, "");
    assertThat(empty.status()).as("%s", empty).isEqualTo(400);
    assertThat(empty.mediaType()).isEqualTo(HttpAnswer.PROBLEM_JSON);

    HttpAnswer read = course.instructor.send("GET", base + "/q6", null);
    assertThat(read.status()).as("%s", read).isEqualTo(200);
    assertThat(read.json().getJsonNumber("number").doubleValue()).isEqualTo(9.81);
    assertThat(read.json().getJsonObject("text").keySet())
        .containsExactlyInAnyOrder("kk", "ru", "en");

    Map<String, Object> falseNow =
        Map.of(
            "type",
            "TRUE_FALSE",
            "text",
            Map.of("en", "Statement 1 revised", "ru", "Утверждение 1", "kk", "Тұжырым 1"),
            "points",
            1,
            "correct",
            List.of("false"));
    HttpAnswer replaced = course.instructor.send("PUT", base + "/q1", JsonText.of(falseNow));
    assertThat(replaced.status()).as("%s", replaced).isEqualTo(200);
    assertThat(codes(replaced.json())).startsWith("q1");

    HttpAnswer moved = course.instructor.send("POST", base + "/q6/move?direction=up", "");
    assertThat(codes(moved.json())).containsExactly("q1", "q2", "q3", "q4", "q6", "q5");
    assertProblem(
        course.instructor.send("POST", base + "/q6/move?direction=sideways", ""),
        400,
        "invalid-input");
    assertThat(course.instructor.send("DELETE", base + "/q2", null).status()).isEqualTo(204);
    assertProblem(course.instructor.send("GET", base + "/q2", null), 404, "question-not-found");
    assertProblem(
        course.instructor.send("PUT", base + "/q2", JsonText.of(falseNow)),
        404,
        "question-not-found");

    JsonObject kept = learner.api().send("GET", "/api/attempts/" + first, null).json();
    assertThat(kept.getJsonNumber("score").doubleValue()).isEqualTo(5.0);
    assertThat(kept.getInt("correct")).isEqualTo(5);
    assertThat(kept.getJsonArray("questions").toString())
        .contains("Statement 2")
        .doesNotContain("revised", "g in m/s²");

    HttpAnswer second = start(learner.api(), quizId);
    assertThat(second.status()).as("%s", second).isEqualTo(201);
    assertThat(second.body())
        .contains("Statement 1 revised", "g in m/s²")
        .doesNotContain("Statement 2");
  }

  @Test
  void onlyTheStaffOfTheQuizsCourseEditIt() {
    long quizId = course.createQuiz(settings(0, 0, "AFTER_SUBMIT"));
    String base = "/api/quizzes/" + quizId + "/questions";
    Learner learner = course.learner();
    assertProblem(
        learner.api().send("POST", base, JsonText.of(numeric("q6"))), 403, "quiz-staff-only");
    assertProblem(learner.api().send("DELETE", base + "/q1", null), 403, "quiz-staff-only");
    AdminApi otherInstructor =
        AdminApi.withAuthorization(
            "Bearer "
                + course.launch(
                    LtiRoles.INSTRUCTOR, "other-" + Unique.suffix(), "t-" + Unique.suffix()));
    assertProblem(
        otherInstructor.send("POST", base, JsonText.of(numeric("q6"))), 404, "quiz-not-found");
    assertProblem(otherInstructor.send("GET", base + "/q1", null), 404, "quiz-not-found");
    assertProblem(
        otherInstructor.send("POST", base + "/q1/move?direction=down", ""), 404, "quiz-not-found");
    assertThat(Http.get(base + "/q1").status()).isEqualTo(401);

    String learnerKt = Http.pageReference(learner.token());
    assertThat(page(base(quizId) + "/new?type=NUMERIC&kt=" + learnerKt).status()).isEqualTo(403);
    String otherKt = Http.pageReference(otherInstructor.authorization().substring(7));
    assertThat(page(base(quizId) + "/q1?kt=" + otherKt).status()).isEqualTo(404);
    assertThat(course.instructor.send("GET", base, null).status()).isIn(404, 405);
    assertThat(codes(course.instructor.send("GET", "/api/quizzes/" + quizId, null).json()))
        .containsExactly("q1", "q2", "q3", "q4", "q5");
  }

  @Test
  void theStructuredFormAddsEditsMovesAndRemovesAQuestionAndShowsRefusalsWithTheInputKept() {
    long quizId = course.createQuiz(settings(0, 0, "AFTER_SUBMIT"));
    String kt = Http.pageReference(course.instructorToken);
    String blank = page(base(quizId) + "/new?type=MULTIPLE_CHOICE&kt=" + kt + "&lang=en").body();
    assertThat(blank)
        .contains("id=\"kenes-question-form\"", "name=\"c0.text.kk\"", "name=\"c3.correct\"")
        .contains("value=\"q6\"")
        .doesNotContain("name=\"truth\"", "name=\"number\"");
    // an unknown type: the type chooser again, answered 400 as a bank's form is
    assertThat(page(base(quizId) + "/new?type=ESSAY&kt=" + kt).status()).isEqualTo(400);
    String csrf = hidden(blank, "csrf");
    String rye = "Rye " + Unique.suffix();
    String[] fields = {
      "kt",
      kt,
      "type",
      "MULTIPLE_CHOICE",
      "rows",
      "4",
      "code",
      "cereals",
      "text.en",
      "Which are cereals?",
      "text.ru",
      "Какие из них злаки?",
      "text.kk",
      "Қайсысы дақыл?",
      "c0.text.en",
      "Wheat",
      "c0.text.ru",
      "Пшеница",
      "c1.text.en",
      rye,
      "c2.text.en",
      "Potato",
      "c2.feedback.en",
      "A tuber",
      "points",
      "2",
      "partialCredit",
      "PROPORTIONAL"
    };
    assertThat(post(base(quizId), fields).status()).isEqualTo(403);
    HttpAnswer refused = post(base(quizId), with(fields, "csrf", csrf));
    assertThat(refused.status()).as("%s", refused).isEqualTo(400);
    assertThat(refused.body())
        .contains("Mark at least one right option.", "value=\"" + rye + "\"", "A tuber")
        .contains("id=\"kenes-question-errors\"", "Какие из них злаки?");
    HttpAnswer more = post(base(quizId), with(fields, "csrf", csrf, "action", "more"));
    assertThat(more.status()).isEqualTo(200);
    assertThat(more.body()).contains("name=\"c6.text.en\"", "value=\"" + rye + "\"");

    HttpAnswer added =
        post(base(quizId), with(fields, "csrf", csrf, "c0.correct", "on", "c1.correct", "on"));
    assertThat(location(added)).contains("done=questionAdded");
    JsonObject question =
        course.instructor.send("GET", "/api/quizzes/" + quizId + "/questions/cereals", null).json();
    assertThat(question.getJsonArray("correct")).hasSize(2);
    assertThat(question.getString("partialCredit")).isEqualTo("PROPORTIONAL");
    assertThat(question.getJsonObject("text").keySet()).containsExactlyInAnyOrder("kk", "ru", "en");

    HttpAnswer taken =
        post(base(quizId), with(fields, "csrf", csrf, "code", "q1", "c0.correct", "on"));
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.body()).contains("Another question of this quiz has this code");

    HttpAnswer editPage = page(base(quizId) + "/q1?kt=" + kt + "&lang=en");
    assertThat(editPage.status()).as("%s", editPage).isEqualTo(200);
    assertThat(editPage.body())
        .contains("Statement 1", "Тұжырым 1", "name=\"truth\"", "Review lecture 1")
        .doesNotContain("name=\"c0.text.en\"");
    HttpAnswer saved =
        post(
            base(quizId) + "/q1",
            "kt",
            kt,
            "csrf",
            csrf,
            "code",
            "q1",
            "truth",
            "false",
            "points",
            "3",
            "text.en",
            "Statement 1",
            "text.kk",
            "Тұжырым 1",
            "text.ru",
            "Утверждение 1");
    assertThat(location(saved)).contains("done=questionSaved");
    JsonObject q1 =
        course.instructor.send("GET", "/api/quizzes/" + quizId + "/questions/q1", null).json();
    assertThat(q1.getJsonObject("text").getString("ru")).isEqualTo("Утверждение 1");
    assertThat(q1.getJsonObject("text").getString("kk")).isEqualTo("Тұжырым 1");
    assertThat(q1.getJsonArray("correct").getString(0)).isEqualTo("false");

    location(post(base(quizId) + "/cereals/move", "kt", kt, "csrf", csrf, "direction", "up"));
    location(post(base(quizId) + "/q2/remove", "kt", kt, "csrf", csrf));
    assertThat(codes(course.instructor.send("GET", "/api/quizzes/" + quizId, null).json()))
        .containsExactly("q1", "q3", "q4", "cereals", "q5");
    String staffPage = page("/app/course/quizzes/" + quizId + "?kt=" + kt + "&lang=en").body();
    assertThat(staffPage)
        .contains("id=\"kenes-quiz-questions\"", "data-kenes-question=\"cereals\"")
        .contains("Which are cereals?")
        .doesNotContain("data-kenes-question=\"q2\"");
  }

  @Test
  void theStaffPageNamesLearnersAndShowsTheReferenceOfOneWithoutAName() {
    long quizId = course.createQuiz(settings(0, 0, "AFTER_SUBMIT"));
    String name = "Aruzhan Test " + Unique.suffix();
    String named =
        course
            .platform
            .launchIntoCourse(
                LtiRoles.LEARNER,
                course.courseId,
                t -> t.subject("named-" + Unique.suffix()).with(LtiClaims.NAME, name))
            .sessionToken();
    String nameless =
        course
            .platform
            .launchIntoCourse(
                LtiRoles.LEARNER,
                course.courseId,
                t ->
                    t.subject("nameless-" + Unique.suffix())
                        .without(LtiClaims.NAME)
                        .without(LtiClaims.GIVEN_NAME)
                        .without(LtiClaims.FAMILY_NAME))
            .sessionToken();
    start(AdminApi.withAuthorization("Bearer " + named), quizId);
    long namelessRef =
        start(AdminApi.withAuthorization("Bearer " + nameless), quizId)
            .json()
            .getJsonNumber("learnerRef")
            .longValue();
    String kt = Http.pageReference(course.instructorToken);
    String staffPage = page("/app/course/quizzes/" + quizId + "?kt=" + kt + "&lang=en").body();
    assertThat(staffPage)
        .contains(">" + name + "</td>", ">#" + namelessRef + "</td>")
        .contains("id=\"kenes-quiz-learners\"", "label=\"" + name + "\"");
    String csrf = hidden(staffPage, "csrf");
    location(
        post(
            "/app/course/quizzes/" + quizId + "/grants",
            "kt",
            kt,
            "csrf",
            csrf,
            "learnerRef",
            String.valueOf(namelessRef),
            "extraAttempts",
            "1",
            "extraMinutes",
            "0",
            "reason",
            "Illness"));
    String after = page("/app/course/quizzes/" + quizId + "?kt=" + kt + "&lang=en").body();
    Matcher grants = Pattern.compile("id=\"kenes-quiz-grants\".*", Pattern.DOTALL).matcher(after);
    assertThat(grants.find()).isTrue();
    assertThat(grants.group())
        .contains(">#" + namelessRef + "</td>", ">Illness</td>", ">Aigerim Nurlanovna</td>");
  }

  @Test
  void theFormChangesAQuestionsTypeInPlaceKeepingWhatCarriesOverAndAttemptsKeepTheirPaper() {
    long quizId = course.createQuiz(settings(0, 0, "AFTER_SUBMIT"));
    Learner learner = course.learner();
    long first = start(learner.api(), quizId).json().getJsonNumber("id").longValue();
    HttpAnswer submitted =
        learner.api().send("POST", "/api/attempts/" + first + "/submission", answers(5));
    assertThat(submitted.status()).as("%s", submitted).isEqualTo(201);
    String kt = Http.pageReference(course.instructorToken);
    String q1 = base(quizId) + "/q1";

    // the edit page offers the other types; true/false shown as single choice carries over
    String own = page(q1 + "?kt=" + kt + "&lang=en").body();
    assertThat(own).contains("id=\"kenes-question-type\"", "name=\"truth\"");
    HttpAnswer shown = page(q1 + "?type=SINGLE_CHOICE&kt=" + kt + "&lang=en");
    assertThat(shown.status()).as("%s", shown).isEqualTo(200);
    assertThat(shown.body())
        .contains("id=\"kenes-type-change\"", "data-kenes-to=\"SINGLE_CHOICE\"")
        .contains("name=\"c0.text.en\"", "value=\"True\"", "value=\"Дұрыс\"", "value=\"False\"")
        .contains("Statement 1", "Тұжырым 1", "Review lecture 1")
        .contains("name=\"type\" value=\"SINGLE_CHOICE\"")
        .doesNotContain("name=\"truth\"");
    assertThat(hidden(shown.body(), "type")).isEqualTo("SINGLE_CHOICE");

    // what cannot carry over is refused, saying why, and the question's own form stays
    HttpAnswer refused = page(q1 + "?type=NUMERIC&kt=" + kt + "&lang=en");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body())
        .contains("id=\"kenes-type-refused\"", "cannot become", "whether the statement is true")
        .contains("name=\"truth\"");
    assertThat(page(q1 + "?type=NUMERIC&kt=" + kt + "&lang=ru").body())
        .contains("нельзя превратить");

    String csrf = hidden(own, "csrf");
    String[] singleChoice = {
      "kt",
      kt,
      "csrf",
      csrf,
      "type",
      "SINGLE_CHOICE",
      "rows",
      "4",
      "code",
      "q1",
      "text.en",
      "Statement 1",
      "text.kk",
      "Тұжырым 1",
      "c0.id",
      "c1",
      "c0.text.en",
      "True",
      "c0.text.kk",
      "Дұрыс",
      "c1.id",
      "c2",
      "c1.text.en",
      "False",
      "c1.text.kk",
      "Бұрыс",
      "correct",
      "0",
      "points",
      "1",
      "feedbackWrong.en",
      "Review lecture 1"
    };
    location(post(q1, singleChoice));
    JsonObject changed =
        course.instructor.send("GET", "/api/quizzes/" + quizId + "/questions/q1", null).json();
    assertThat(changed.getString("type")).isEqualTo("SINGLE_CHOICE");
    assertThat(changed.getJsonArray("choices")).hasSize(2);
    assertThat(changed.getJsonArray("correct").getString(0)).isEqualTo("c1");
    assertThat(changed.getJsonObject("feedbackWrong").getString("en"))
        .isEqualTo("Review lecture 1");

    // single choice to multiple choice, then back refused while two options are right
    assertThat(page(q1 + "?type=MULTIPLE_CHOICE&kt=" + kt).status()).isEqualTo(200);
    location(
        post(
            q1,
            with(
                set(singleChoice, "type", "MULTIPLE_CHOICE"),
                "c0.correct",
                "on",
                "c1.correct",
                "on",
                "partialCredit",
                "PROPORTIONAL")));
    HttpAnswer several = page(q1 + "?type=SINGLE_CHOICE&kt=" + kt + "&lang=en");
    assertThat(several.status()).isEqualTo(409);
    assertThat(several.body()).contains("several right options", "name=\"c1.correct\"");

    // a posted type the question cannot become is refused too, and nothing changes
    HttpAnswer tampered =
        post(
            base(quizId) + "/q2",
            "kt",
            kt,
            "csrf",
            csrf,
            "type",
            "ORDERING",
            "code",
            "q2",
            "text.en",
            "Order",
            "c0.text.en",
            "a",
            "c1.text.en",
            "b",
            "rows",
            "4");
    assertThat(tampered.status()).isEqualTo(409);
    assertThat(tampered.body()).contains("id=\"kenes-type-refused\"");
    assertThat(
            course
                .instructor
                .send("GET", "/api/quizzes/" + quizId + "/questions/q2", null)
                .json()
                .getString("type"))
        .isEqualTo("TRUE_FALSE");

    // the attempt submitted before keeps its paper and its score; a new one asks the new type
    JsonObject kept = learner.api().send("GET", "/api/attempts/" + first, null).json();
    assertThat(kept.getJsonNumber("score").doubleValue()).isEqualTo(5.0);
    assertThat(kept.getJsonArray("questions").getJsonObject(0).getString("type"))
        .isEqualTo("true_false");
    JsonObject next = start(learner.api(), quizId).json();
    assertThat(next.getJsonArray("questions").getJsonObject(0).getString("type"))
        .isEqualTo("multiple_choice");
  }

  @Test
  void theStaffPageOfOneAttemptNamesTheLearnerEscaped() {
    long quizId = course.createQuiz(settings(0, 0, "AFTER_SUBMIT"));
    String name = "Аружан <b>Test</b> & Co " + Unique.suffix();
    AdminApi named =
        AdminApi.withAuthorization(
            "Bearer "
                + course
                    .platform
                    .launchIntoCourse(
                        LtiRoles.LEARNER,
                        course.courseId,
                        t -> t.subject("named-" + Unique.suffix()).with(LtiClaims.NAME, name))
                    .sessionToken());
    JsonObject started = start(named, quizId).json();
    long attemptId = started.getJsonNumber("id").longValue();
    long learnerRef = started.getJsonNumber("learnerRef").longValue();
    HttpAnswer submitted =
        named.send("POST", "/api/attempts/" + attemptId + "/submission", answers(3));
    assertThat(submitted.status()).as("%s", submitted).isEqualTo(201);
    String nameless =
        course
            .platform
            .launchIntoCourse(
                LtiRoles.LEARNER,
                course.courseId,
                t ->
                    t.subject("nameless-" + Unique.suffix())
                        .without(LtiClaims.NAME)
                        .without(LtiClaims.GIVEN_NAME)
                        .without(LtiClaims.FAMILY_NAME))
            .sessionToken();
    JsonObject other = start(AdminApi.withAuthorization("Bearer " + nameless), quizId).json();
    long otherId = other.getJsonNumber("id").longValue();
    long otherRef = other.getJsonNumber("learnerRef").longValue();

    String kt = Http.pageReference(course.instructorToken);
    String staffPage = page("/app/course/quizzes/" + quizId + "?kt=" + kt + "&lang=en").body();
    String path = "/app/course/quizzes/" + quizId + "/attempts/" + attemptId;
    assertThat(staffPage).contains("href=\"" + path + "?kt=");

    HttpAnswer attemptPage = page(path + "?kt=" + kt + "&lang=en");
    assertThat(attemptPage.status()).as("%s", attemptPage).isEqualTo(200);
    String escaped = name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    assertThat(attemptPage.body())
        .contains("data-kenes-learner=\"" + learnerRef + "\">" + escaped + "</dd>")
        .doesNotContain("<b>Test</b>", "#" + learnerRef + "<", "lti-user:")
        .contains("data-kenes-passed=\"false\"", "3 / 5", "data-kenes-result=\"wrong\"")
        .contains("Statement 1");
    assertThat(page(path + "?kt=" + kt + "&lang=kk").body())
        .contains(escaped, "-әрекет", "Тестке оралу");
    // one without a name: their Kenes reference; in progress, nothing marked
    String inProgress =
        page("/app/course/quizzes/" + quizId + "/attempts/" + otherId + "?kt=" + kt).body();
    assertThat(inProgress)
        .contains("data-kenes-learner=\"" + otherRef + "\">#" + otherRef + "</dd>")
        .doesNotContain("data-kenes-result=");

    // another quiz's path, a learner, another course's instructor: nothing
    assertThat(
            page("/app/course/quizzes/"
                    + (quizId + 1_000_000)
                    + "/attempts/"
                    + attemptId
                    + "?kt="
                    + kt)
                .status())
        .isEqualTo(404);
    assertThat(page(path + "?kt=" + Http.pageReference(nameless)).status()).isEqualTo(403);
    String otherInstructor =
        course.launch(LtiRoles.INSTRUCTOR, "other-" + Unique.suffix(), "t-" + Unique.suffix());
    assertThat(page(path + "?kt=" + Http.pageReference(otherInstructor)).status()).isEqualTo(404);
  }

  private static String base(long quizId) {
    return "/app/course/quizzes/" + quizId + "/questions";
  }

  /** The fields with {@code name}'s value replaced. */
  private static String[] set(String[] fields, String name, String value) {
    String[] copy = fields.clone();
    for (int i = 0; i < copy.length; i += 2) {
      if (copy[i].equals(name)) {
        copy[i + 1] = value;
      }
    }
    return copy;
  }

  private static String[] with(String[] fields, String... more) {
    return Stream.concat(Stream.of(fields), Stream.of(more)).toArray(String[]::new);
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
    return answer.location().orElseThrow().toString();
  }
}
