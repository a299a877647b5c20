package it.kenes.quiz;

import static it.kenes.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.LtiRoles;
import it.kenes.support.Unique;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.kenes.quiz.domain.Gift;
import kz.kenes.quiz.domain.Question;
import kz.kenes.quiz.domain.QuestionType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The GIFT and Moodle XML exports over HTTP (docs/quizzes.md, "Import and export"): an instructor
 * downloads a quiz in GIFT from the API and from the staff page's link, in the language chosen,
 * with its special characters escaped and a comment where an ordering question would be; Kenes
 * reads it back. Learners, other courses and callers without a session get neither export.
 */
class QuizExportIT {

  /** What a browser asks for when it follows a download link. */
  private static final String BROWSER = "text/html,application/xhtml+xml,*/*;q=0.8";

  private final QuizCourse course = startedCourse();

  private static QuizCourse startedCourse() {
    it.kenes.support.Kenes.awaitReady();
    return new QuizCourse();
  }

  @AfterEach
  void close() {
    course.close();
  }

  private static Map<String, Object> question(String code, String type, Map<String, String> text) {
    Map<String, Object> q = new LinkedHashMap<>();
    q.put("code", code);
    q.put("type", type);
    q.put("text", text);
    q.put("points", 1);
    return q;
  }

  private static Map<String, Object> choice(String id, String en, String kk) {
    return Map.of("id", id, "text", Map.of("en", en, "kk", kk));
  }

  /** A single choice question full of GIFT's special characters, an ordering and a numeric. */
  private long createQuiz() {
    Map<String, Object> single =
        question(
            "capital",
            "SINGLE_CHOICE",
            Map.of("en", "Capital: {which} one?", "kk", "Астана ма, Алматы ма: {қайсысы}?"));
    single.put(
        "choices",
        List.of(
            Map.of(
                "id",
                "a",
                "text",
                Map.of("en", "Astana", "kk", "Астана"),
                "feedback",
                Map.of("kk", "Дұрыс #1")),
            choice("b", "Almaty ~ old", "Алматы ~ бұрынғы")));
    single.put("correct", List.of("a"));
    Map<String, Object> ordering =
        question("order", "ORDERING", Map.of("en", "Put in order", "kk", "Ретке келтіріңіз"));
    ordering.put("choices", List.of(choice("s", "sow", "себу"), choice("r", "reap", "ору")));
    ordering.put("correct", List.of("s", "r"));
    Map<String, Object> numeric =
        question("g", "NUMERIC", Map.of("en", "g = ? (m/s²)", "kk", "g = ? (м/с²)"));
    numeric.put("number", 9.81);
    numeric.put("tolerance", 0.05);
    Map<String, Object> quiz = new LinkedHashMap<>();
    quiz.put("title", "Export " + Unique.suffix());
    quiz.put("questions", List.of(single, ordering, numeric));
    quiz.put("settings", Map.of("passRule", Map.of("kind", "PERCENT", "value", 60)));
    HttpAnswer created = course.instructor.send("POST", "/api/quizzes", JsonText.of(quiz));
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  private static HttpAnswer export(long id, String format, String query, String token) {
    return Http.get(
        "/api/quizzes/" + id + "/" + format + query,
        "Authorization",
        "Bearer " + token,
        "Accept",
        "text/plain, application/xml, application/problem+json");
  }

  @Test
  void anInstructorDownloadsTheQuizInGiftAndKenesReadsItBack() {
    long id = createQuiz();

    HttpAnswer gift = export(id, "gift", "?language=kk", course.instructorToken);

    assertThat(gift.status()).as("%s", gift).isEqualTo(200);
    assertThat(gift.header("Content-Type").orElseThrow()).startsWithIgnoringCase("text/plain");
    assertThat(gift.header("Content-Type").orElseThrow()).containsIgnoringCase("charset=UTF-8");
    assertThat(gift.header("Content-Disposition"))
        .contains("attachment; filename=\"quiz-" + id + "-gift.txt\"");
    assertThat(gift.body())
        .contains("::capital::Астана ма, Алматы ма\\: \\{қайсысы\\}? {")
        .contains("  =Астана #Дұрыс \\#1\n", "  ~Алматы \\~ бұрынғы\n")
        .contains("// order: ordering questions have no GIFT form")
        .contains("::g::g \\= ? (м/с²) {#9.81:0.05}");
    List<Question> back = Gift.parse(gift.body(), "kk");
    assertThat(back).extracting(Question::code).containsExactly("capital", "g");
    assertThat(back.get(0).type()).isEqualTo(QuestionType.SINGLE_CHOICE);
    assertThat(back.get(0).text()).isEqualTo(Map.of("kk", "Астана ма, Алматы ма: {қайсысы}?"));
    assertThat(back.get(1).number()).isEqualTo(9.81);

    assertThat(export(id, "gift", "?language=en", course.instructorToken).body())
        .contains("::capital::Capital\\: \\{which\\} one? {", "  =Astana #Дұрыс \\#1\n");
  }

  @Test
  void theStaffPageLinksBothExportsInItsLanguage() {
    long id = createQuiz();
    String kt = Http.pageReference(course.instructorToken);
    HttpAnswer page =
        Http.get("/app/course/quizzes/" + id + "?kt=" + kt + "&lang=kk", "Accept", "text/html");
    assertThat(page.status()).as("%s", page).isEqualTo(200);

    String giftLink = href(page.body(), "kenes-quiz-export-gift");
    assertThat(giftLink).startsWith("/api/quizzes/" + id + "/gift?").contains("language=kk");
    HttpAnswer viaLink = Http.get(giftLink, "Accept", BROWSER);
    assertThat(viaLink.status()).as("%s", viaLink).isEqualTo(200);
    assertThat(viaLink.body()).contains("::capital::Астана ма");

    String moodleLink = href(page.body(), "kenes-quiz-export-moodle");
    assertThat(moodleLink).startsWith("/api/quizzes/" + id + "/moodle-xml?");
    HttpAnswer moodle = Http.get(moodleLink, "Accept", BROWSER);
    assertThat(moodle.status()).as("%s", moodle).isEqualTo(200);
    assertThat(moodle.body()).contains("<question type=\"ordering\">", "Астана");
  }

  @Test
  void learnersOtherCoursesAndStrangersGetNoExport() {
    long id = createQuiz();
    QuizCourse.Learner learner = course.learner();
    for (String format : List.of("gift", "moodle-xml")) {
      assertProblem(export(id, format, "", learner.token()), 403, "quiz-staff-only");
      HttpAnswer viaLink =
          Http.get(
              "/api/quizzes/" + id + "/" + format + "?kt=" + Http.pageReference(learner.token()),
              "Accept",
              BROWSER);
      assertThat(viaLink.status()).as("%s", viaLink).isEqualTo(403);
      assertThat(viaLink.mediaType()).isEqualTo("text/html");
      String otherTeacher =
          course.launch(
              LtiRoles.INSTRUCTOR, "other-" + course.courseId, "teacher-" + Unique.suffix());
      assertProblem(export(id, format, "", otherTeacher), 404, "quiz-not-found");
      HttpAnswer anonymous = Http.get("/api/quizzes/" + id + "/" + format, "Accept", BROWSER);
      assertThat(anonymous.status()).as("%s", anonymous).isEqualTo(401);
    }
  }

  /** The path and query of the link with {@code id}, as a browser would follow it. */
  private static String href(String html, String id) {
    Matcher m = Pattern.compile("<a id=\"" + id + "\" href=\"([^\"]+)\"").matcher(html);
    assertThat(m.find()).as("link %s in the page", id).isTrue();
    return m.group(1).replace("&amp;", "&");
  }
}
