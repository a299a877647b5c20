package it.kenes.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.LtiRoles;
import it.kenes.support.Programs;
import it.kenes.support.TestPlatform;
import it.kenes.support.Unique;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A new bank question written with the structured form (docs/quizzes.md, "Question banks and
 * pools"): the type chosen first, the fields of that type in kk, ru and en with the question's
 * learning outcomes; refused input shown again with what was typed; CSRF; only the bank's managers;
 * and a bank question's content changing its type in place.
 */
class BankQuestionFormIT {

  private final AdminApi admin = AdminApi.asAdmin();
  private TestPlatform platform;
  private String courseId;
  private String instructorToken;
  private AdminApi instructor;
  private long module;

  @BeforeEach
  void aCourseDeliveringAModule() {
    it.kenes.support.Kenes.awaitReady();
    String soil = "SOIL-" + Unique.suffix();
    Programs.Created created =
        Programs.aProgram()
            .university("U-" + Unique.suffix(), "Steppe University")
            .withModules(soil)
            .create(admin);
    platform = TestPlatform.registerFor(created.universityId());
    courseId = "bankform-" + Unique.suffix();
    instructorToken = launch(courseId, LtiRoles.INSTRUCTOR);
    instructor = AdminApi.withAuthorization("Bearer " + instructorToken);
    long contextRef = Http.contextRef(instructorToken);
    Programs.deliver(admin, contextRef, created.programId(), soil);
    module =
        admin
            .send("GET", "/api/courses/" + contextRef + "/modules", null)
            .jsonArray()
            .getJsonObject(0)
            .getJsonNumber("moduleId")
            .longValue();
  }

  @AfterEach
  void close() {
    platform.close();
  }

  private String launch(String course, String role) {
    return platform
        .launchIntoCourse(role, course, t -> t.subject("u-" + Unique.suffix()))
        .sessionToken();
  }

  private String path() {
    return "/app/question-banks/" + module + "/questions";
  }

  @Test
  void theFormAddsANewQuestionInThreeLanguagesAndShowsRefusalsWithTheInputKept() {
    String kt = Http.pageReference(instructorToken);
    String bankPage = page("/app/question-banks/" + module + "?kt=" + kt + "&lang=en").body();
    assertThat(bankPage).contains("id=\"kenes-bank-new-question\"", path() + "/new?kt=");

    String chooser = page(path() + "/new?kt=" + kt + "&lang=en").body();
    assertThat(chooser)
        .contains("id=\"kenes-question-type\"")
        .doesNotContain("id=\"kenes-question-form\"");
    HttpAnswer blank = page(path() + "/new?type=SINGLE_CHOICE&kt=" + kt + "&lang=kk");
    assertThat(blank.status()).as("%s", blank).isEqualTo(200);
    assertThat(blank.body())
        .contains("id=\"kenes-question-form\"", "name=\"c0.text.kk\"", "name=\"outcomes\"")
        .contains("value=\"q1\"", "Ол тексеретін оқыту нәтижелері")
        .doesNotContain("name=\"truth\"");
    assertThat(page(path() + "/new?type=ESSAY&kt=" + kt).status()).isEqualTo(400);
    String csrf = hidden(blank.body(), "csrf");
    String horizon = "Horizon " + Unique.suffix();
    String[] fields = {
      "kt", kt,
      "type", "SINGLE_CHOICE",
      "rows", "4",
      "code", "soil-1",
      "text.kk", "Қай горизонт ең жоғарғы?",
      "text.ru", "Какой горизонт самый верхний?",
      "text.en", "Which horizon is the topmost?",
      "c0.text.en", "O horizon",
      "c0.text.ru", "Горизонт O",
      "c0.text.kk", "O горизонты",
      "c1.text.en", horizon,
      "c1.feedback.en", "Lies below",
      "points", "2",
      "competencies", "Reads a soil map",
      "outcomes", "Names soil horizons"
    };
    assertThat(post(path(), fields).status()).isEqualTo(403);

    page(path() + "/new?kt=" + kt + "&lang=en"); // the session's language from now on
    HttpAnswer refused = post(path(), with(fields, "csrf", csrf));
    assertThat(refused.status()).as("%s", refused).isEqualTo(400);
    assertThat(refused.body())
        .contains("id=\"kenes-question-errors\"", "Mark the one right option.")
        .contains("value=\"" + horizon + "\"", "Lies below", "Какой горизонт самый верхний?")
        .contains("Names soil horizons");
    HttpAnswer longOutcome =
        post(path(), with(set(fields, "outcomes", "x".repeat(201)), "csrf", csrf, "correct", "0"));
    assertThat(longOutcome.status()).isEqualTo(400);
    assertThat(longOutcome.body()).contains("id=\"f-outcomes-error\"", "value=\"" + horizon + "\"");
    HttpAnswer more = post(path(), with(fields, "csrf", csrf, "action", "more"));
    assertThat(more.status()).isEqualTo(200);
    assertThat(more.body()).contains("name=\"c4.text.en\"", "value=\"" + horizon + "\"");

    HttpAnswer added = post(path(), with(fields, "csrf", csrf, "correct", "0"));
    assertThat(added.status()).as("%s", added).isEqualTo(303);
    String location = added.location().orElseThrow().toString();
    assertThat(location).contains(path() + "/", "done=created");
    long id = Long.parseLong(location.replaceAll(".*/questions/(\\d+).*", "$1"));
    JsonObject stored =
        instructor.send("GET", "/api/question-banks/" + module + "/questions/" + id, null).json();
    JsonObject question = stored.getJsonObject("question");
    assertThat(question.getString("code")).isEqualTo("soil-1");
    assertThat(question.getString("type")).isEqualTo("SINGLE_CHOICE");
    assertThat(question.getJsonObject("text").keySet()).containsExactlyInAnyOrder("kk", "ru", "en");
    assertThat(question.getJsonArray("choices")).hasSize(2);
    assertThat(question.getJsonNumber("points").doubleValue()).isEqualTo(2.0);
    assertThat(stored.getJsonArray("outcomes").getString(0)).isEqualTo("Names soil horizons");
    assertThat(page(location.substring(location.indexOf("/app/")) + "&lang=en").body())
        .contains("The question was added to the bank.");

    page(path() + "/new?kt=" + kt + "&lang=ru");
    HttpAnswer taken = post(path(), with(fields, "csrf", csrf, "correct", "0"));
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.body())
        .contains("id=\"f-code-error\"", "value=\"" + horizon + "\"", "Другой вопрос этого банка");
    assertThat(blank(module).getInt("total")).isEqualTo(1);

    // the bank question's content: its type changes in place, what carries over kept
    String content = path() + "/" + id + "/content";
    HttpAnswer asMultiple = page(content + "?type=MULTIPLE_CHOICE&kt=" + kt + "&lang=en");
    assertThat(asMultiple.status()).as("%s", asMultiple).isEqualTo(200);
    assertThat(asMultiple.body())
        .contains("id=\"kenes-type-change\"", "value=\"" + horizon + "\"", "Lies below");
    HttpAnswer asMatching = page(content + "?type=MATCHING&kt=" + kt + "&lang=en");
    assertThat(asMatching.status()).isEqualTo(409);
    assertThat(asMatching.body()).contains("id=\"kenes-type-refused\"", "its options");
  }

  @Test
  void onlyTheBanksManagersUseTheForm() {
    String learner = launch(courseId, LtiRoles.LEARNER);
    assertThat(page(path() + "/new?type=NUMERIC&kt=" + Http.pageReference(learner)).status())
        .isEqualTo(403);
    String other = launch("other-" + Unique.suffix(), LtiRoles.INSTRUCTOR);
    assertThat(page(path() + "/new?type=NUMERIC&kt=" + Http.pageReference(other)).status())
        .isEqualTo(404);
    String kt = Http.pageReference(instructorToken);
    String csrf = hidden(page(path() + "/new?type=NUMERIC&kt=" + kt).body(), "csrf");
    HttpAnswer byLearner =
        post(
            path(),
            "kt",
            Http.pageReference(learner),
            "csrf",
            csrf,
            "type",
            "NUMERIC",
            "code",
            "n1",
            "text.en",
            "g?",
            "number",
            "9.81");
    assertThat(byLearner.status()).isIn(403);
    assertThat(blank(module).getInt("total")).isZero();
  }

  private JsonObject blank(long moduleId) {
    return instructor.send("GET", "/api/question-banks/" + moduleId + "/questions", null).json();
  }

  private static String[] with(String[] fields, String... more) {
    return Stream.concat(Stream.of(fields), Stream.of(more)).toArray(String[]::new);
  }

  private static String[] set(String[] fields, String name, String value) {
    String[] copy = fields.clone();
    for (int i = 0; i < copy.length; i += 2) {
      if (copy[i].equals(name)) {
        copy[i + 1] = value;
      }
    }
    return copy;
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
}
