package it.kenes.quiz;

import static it.kenes.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Moodle XML over the API (docs/quizzes.md, "Import and export"): an instructor creates a quiz from
 * a bank as Moodle exports it and exports it back; a faulty bank is refused naming the question and
 * its line; learners can do neither.
 */
class MoodleImportIT {

  private final QuizCourse course = startedCourse();

  private static QuizCourse startedCourse() {
    it.kenes.support.Kenes.awaitReady();
    return new QuizCourse();
  }

  @AfterEach
  void close() {
    course.close();
  }

  private static String sample() throws IOException {
    try (InputStream in = MoodleImportIT.class.getResourceAsStream("/quiz/moodle-soil-bank.xml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static HttpAnswer importAs(String token, String query, String xml) {
    return Http.post(
        "/api/quizzes/import" + query,
        "application/xml",
        xml,
        "Authorization",
        "Bearer " + token,
        "Accept",
        "application/json");
  }

  @Test
  void anInstructorImportsAMoodleBankAndExportsItBack() throws IOException {
    HttpAnswer created =
        importAs(course.instructorToken, "?title=Soil%20bank&language=ru", sample());
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    assertThat(created.json().getString("title")).isEqualTo("Soil bank");
    assertThat(created.json().getJsonArray("questions")).hasSize(6);
    long id = created.json().getJsonNumber("id").longValue();

    HttpAnswer exported =
        Http.get(
            "/api/quizzes/" + id + "/moodle-xml?language=ru",
            "Authorization",
            "Bearer " + course.instructorToken);
    assertThat(exported.status()).as("%s", exported).isEqualTo(200);
    assertThat(exported.body())
        .contains("<question type=\"matching\">", "<tolerance>0.2</tolerance>", "чернозём");
  }

  @Test
  void aFaultyBankIsRefusedNamingTheQuestionAndItsLine() {
    String xml =
        "<quiz>\n<question type=\"truefalse\"><questiontext><text>Fine</text></questiontext>"
            + "<answer fraction=\"100\"><text>true</text></answer></question>\n"
            + "<question type=\"essay\"><questiontext><text>Write</text></questiontext>"
            + "</question>\n</quiz>";
    HttpAnswer refused = importAs(course.instructorToken, "?title=Bad", xml);
    assertProblem(refused, 400, "invalid-moodle-xml");
    assertThat(refused.json().getJsonObject("errors").getString("moodle.question2"))
        .isEqualTo("Question 2 (line 3): questions of type essay are not graded by Kenes.");

    assertProblem(
        importAs(course.instructorToken, "?title=Bad", "<quiz><question"),
        400,
        "invalid-moodle-xml");
  }

  @Test
  void learnersCannotImport() throws IOException {
    QuizCourse.Learner learner = course.learner();
    assertProblem(importAs(learner.token(), "?title=Mine", sample()), 403, "quiz-staff-only");
  }
}
