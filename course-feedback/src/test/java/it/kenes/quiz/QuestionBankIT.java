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
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Question banks per program module and pools in quizzes (docs/quizzes.md, "Question banks and
 * pools"): who manages a bank (the admin token, an administrator of the program's university, the
 * staff of a course delivering the module; a learner gets 403, the staff of another course and an
 * administrator of another university 404), the bank API (pages, tag filters, codes, import), and
 * an attempt that draws N questions of a tag from a pool: stored in its paper, graded, resumed the
 * same, kept when the bank changes.
 */
class QuestionBankIT {

  private static final String SOIL_MAPS = "Reads soil maps " + Unique.suffix();

  private final AdminApi admin = AdminApi.asAdmin();
  private TestPlatform platform;
  private String courseId;
  private AdminApi instructor;
  private long soilModule;
  private long cropModule;
  private AdminApi otherCourse;
  private String instructorToken;

  @BeforeEach
  void aProgramWithTwoModulesAndACourseDeliveringTheFirst() {
    it.kenes.support.Kenes.awaitReady();
    String soil = "SOIL-" + Unique.suffix();
    String crop = "CROP-" + Unique.suffix();
    Programs.Created created =
        Programs.aProgram()
            .university("U-" + Unique.suffix(), "Steppe University")
            .withModules(soil, crop)
            .create(admin);
    platform = TestPlatform.registerFor(created.universityId());
    courseId = "bank-" + Unique.suffix();
    instructorToken = launch(courseId, LtiRoles.INSTRUCTOR);
    instructor = bearer(instructorToken);
    soilModule = deliver(created.programId(), soil, instructorToken);
    otherCourse = bearer(launch("other-" + Unique.suffix(), LtiRoles.INSTRUCTOR));
    cropModule = deliver(created.programId(), crop, otherCourse.authorization().substring(7));
  }

  /** Makes the session's course deliver the module; the module's id. */
  private long deliver(long programId, String code, String sessionToken) {
    long contextRef = Http.contextRef(sessionToken);
    Programs.deliver(admin, contextRef, programId, code);
    HttpAnswer delivered = admin.send("GET", "/api/courses/" + contextRef + "/modules", null);
    return delivered.jsonArray().getJsonObject(0).getJsonNumber("moduleId").longValue();
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

  private static AdminApi bearer(String token) {
    return AdminApi.withAuthorization("Bearer " + token);
  }

  private static String bank(long moduleId) {
    return "/api/question-banks/" + moduleId;
  }

  /** A true/false question whose right answer is {@code right}. */
  private static Map<String, Object> trueFalse(String code, boolean right, List<String> tags) {
    Map<String, Object> q = new LinkedHashMap<>();
    q.put("code", code);
    q.put("type", "TRUE_FALSE");
    q.put("text", Map.of("en", "Statement " + code, "ru", "Утверждение " + code));
    q.put("points", 1);
    q.put("correct", List.of(String.valueOf(right)));
    q.put("competencies", tags);
    return q;
  }

  private static String draft(Map<String, Object> question, List<String> outcomes) {
    return JsonText.of(Map.of("question", question, "outcomes", outcomes));
  }

  private static long add(AdminApi api, long moduleId, String body) {
    HttpAnswer added = api.send("POST", bank(moduleId) + "/questions", body);
    assertThat(added.status()).as("%s", added).isEqualTo(201);
    return added.json().getJsonNumber("id").longValue();
  }

  @Test
  void theProgramsAdministratorsAndTheDeliveringCoursesStaffManageABankNoOneElse() {
    long byAdmin = add(admin, soilModule, draft(trueFalse("a1", true, List.of()), List.of()));
    String adminSession = launch("admin-" + Unique.suffix(), LtiRoles.INSTITUTION_ADMINISTRATOR);
    long bySessionAdmin =
        add(bearer(adminSession), soilModule, draft(trueFalse("a2", true, List.of()), List.of()));
    long byInstructor =
        add(instructor, soilModule, draft(trueFalse("i1", false, List.of()), List.of("LO 1")));

    HttpAnswer listed = instructor.send("GET", bank(soilModule) + "/questions", null);
    assertThat(listed.status()).as("%s", listed).isEqualTo(200);
    assertThat(listed.json().getInt("total")).isEqualTo(3);
    assertThat(listed.json().getJsonArray("items"))
        .extracting(v -> v.asJsonObject().getJsonNumber("id").longValue())
        .containsExactly(byAdmin, bySessionAdmin, byInstructor);
    HttpAnswer banks = instructor.send("GET", "/api/question-banks", null);
    assertThat(banks.jsonArray()).hasSize(1);
    assertThat(banks.jsonArray().getJsonObject(0).getJsonNumber("size").longValue()).isEqualTo(3);

    String learner = launch(courseId, LtiRoles.LEARNER);
    assertProblem(
        bearer(learner).send("GET", bank(soilModule) + "/questions", null), 403, "bank-staff-only");
    assertProblem(bearer(learner).send("GET", "/api/question-banks", null), 403, "bank-staff-only");

    assertProblem(
        otherCourse.send("GET", bank(soilModule) + "/questions", null), 404, "bank-not-found");
    assertProblem(
        otherCourse.send(
            "POST",
            bank(soilModule) + "/questions",
            draft(trueFalse("x1", true, List.of()), List.of())),
        404,
        "bank-not-found");
    assertProblem(
        otherCourse.send("DELETE", bank(soilModule) + "/questions/" + byAdmin, null),
        404,
        "bank-not-found");
    assertProblem(instructor.send("GET", bank(cropModule), null), 404, "bank-not-found");

    long elsewhere = Programs.university(admin, "U-" + Unique.suffix(), "Other University");
    try (TestPlatform other = TestPlatform.registerFor(elsewhere)) {
      String otherAdmin =
          other
              .launchIntoCourse(
                  LtiRoles.INSTITUTION_ADMINISTRATOR,
                  "c-" + Unique.suffix(),
                  t -> t.subject("adm-" + Unique.suffix()))
              .sessionToken();
      assertProblem(bearer(otherAdmin).send("GET", bank(soilModule), null), 404, "bank-not-found");
    }
    assertProblem(admin.send("GET", bank(-5) + "/questions", null), 404, "bank-not-found");
    assertThat(Http.get(bank(soilModule) + "/questions").status()).isEqualTo(401);
  }

  @Test
  void aBankIsPagedFilteredByTagsEditedAndImportedInto() {
    String outcome = "Outcome " + Unique.suffix();
    for (int i = 1; i <= 5; i++) {
      add(
          instructor,
          soilModule,
          draft(
              trueFalse("q" + i, true, i % 2 == 0 ? List.of(SOIL_MAPS) : List.of()),
              i <= 2 ? List.of(outcome) : List.of()));
    }
    HttpAnswer page =
        instructor.send("GET", bank(soilModule) + "/questions?offset=1&limit=2", null);
    assertThat(page.json().getInt("total")).isEqualTo(5);
    assertThat(page.json().getJsonArray("items"))
        .extracting(v -> v.asJsonObject().getString("code"))
        .containsExactly("q2", "q3");
    HttpAnswer tagged =
        instructor.send(
            "GET",
            bank(soilModule) + "/questions?competency=" + enc(SOIL_MAPS.toUpperCase()),
            null);
    assertThat(tagged.json().getJsonArray("items"))
        .extracting(v -> v.asJsonObject().getString("code"))
        .containsExactly("q2", "q4");
    HttpAnswer both =
        instructor.send(
            "GET",
            bank(soilModule)
                + "/questions?competency="
                + enc(SOIL_MAPS)
                + "&outcome="
                + enc(outcome),
            null);
    assertThat(both.json().getInt("total")).isEqualTo(1);

    assertProblem(
        instructor.send(
            "POST",
            bank(soilModule) + "/questions",
            draft(trueFalse("q1", true, List.of()), List.of())),
        409,
        "bank-code-taken");
    HttpAnswer invalid =
        instructor.send(
            "POST",
            bank(soilModule) + "/questions",
            draft(trueFalse("q9", true, List.of()), List.of("")));
    assertProblem(invalid, 400, "invalid-bank-question");
    assertThat(invalid.json().getJsonObject("errors").containsKey("outcomes[0]")).isTrue();

    long q3 = idOf(page, 1);
    HttpAnswer edited =
        instructor.send(
            "PUT",
            bank(soilModule) + "/questions/" + q3,
            draft(trueFalse("q3", false, List.of(SOIL_MAPS)), List.of()));
    assertThat(edited.status()).as("%s", edited).isEqualTo(200);
    assertThat(
            instructor
                .send("GET", bank(soilModule) + "/questions?competency=" + enc(SOIL_MAPS), null)
                .json()
                .getInt("total"))
        .isEqualTo(3);

    HttpAnswer imported =
        Http.post(
            bank(soilModule) + "/import?language=ru&outcome=" + enc(outcome),
            "text/plain; charset=utf-8",
            "::q1:: Чернозём плодороден? {T}\n\n::new:: 2 + 2 = {#4}\n",
            "Authorization",
            instructor.authorization(),
            "Accept",
            "application/json");
    assertThat(imported.status()).as("%s", imported).isEqualTo(201);
    assertThat(imported.json().getInt("imported")).isEqualTo(2);
    assertThat(imported.json().getJsonArray("items"))
        .extracting(v -> v.asJsonObject().getString("code"))
        .containsExactly("q1-2", "new");
    assertThat(
            instructor
                .send("GET", bank(soilModule) + "/questions?outcome=" + enc(outcome), null)
                .json()
                .getInt("total"))
        .isEqualTo(4);
    HttpAnswer badGift =
        Http.post(
            bank(soilModule) + "/import",
            "text/plain",
            "Write an essay {}",
            "Authorization",
            instructor.authorization(),
            "Accept",
            "application/json");
    assertThat(badGift.status()).as("%s", badGift).isEqualTo(400);

    assertThat(instructor.send("DELETE", bank(soilModule) + "/questions/" + q3, null).status())
        .isEqualTo(204);
    assertProblem(
        instructor.send("GET", bank(soilModule) + "/questions/" + q3, null),
        404,
        "bank-question-not-found");
    assertThat(instructor.send("GET", bank(soilModule), null).json().getInt("size")).isEqualTo(6);
  }

  @Test
  void anAttemptDrawsFromAPoolKeepsItsPaperAndIsGraded() {
    Set<String> taggedIds = new HashSet<>();
    for (int i = 1; i <= 4; i++) {
      taggedIds.add(
          "bank-"
              + add(
                  instructor,
                  soilModule,
                  draft(trueFalse("t" + i, true, List.of(SOIL_MAPS)), List.of())));
    }
    for (int i = 1; i <= 3; i++) {
      add(instructor, soilModule, draft(trueFalse("u" + i, false, List.of()), List.of()));
    }
    assertProblem(
        instructor.send("POST", "/api/quizzes", quiz(soilModule, 5)), 400, "pool-too-small");
    HttpAnswer tooMany = instructor.send("POST", "/api/quizzes", quiz(soilModule, 5));
    assertThat(tooMany.problemDetail())
        .contains("holds 4 questions")
        .contains(SOIL_MAPS.toLowerCase());
    assertThat(tooMany.json().getJsonObject("errors").containsKey("settings.pools[0].count"))
        .isTrue();
    assertProblem(
        instructor.send("POST", "/api/quizzes", quiz(cropModule, 1)), 400, "invalid-pool");

    HttpAnswer created = instructor.send("POST", "/api/quizzes", quiz(soilModule, 3));
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    long quizId = created.json().getJsonNumber("id").longValue();

    AdminApi learner = bearer(launch(courseId, LtiRoles.LEARNER));
    HttpAnswer started = learner.send("POST", "/api/quizzes/" + quizId + "/attempts", null);
    assertThat(started.status()).as("%s", started).isEqualTo(201);
    List<String> codes = codes(started.json());
    assertThat(codes).hasSize(4).contains("own1");
    List<String> drawn = codes.stream().filter(c -> c.startsWith("bank-")).toList();
    assertThat(drawn).hasSize(3).doesNotHaveDuplicates();
    assertThat(taggedIds).containsAll(drawn);

    HttpAnswer again = learner.send("POST", "/api/quizzes/" + quizId + "/attempts", null);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().getJsonNumber("id").longValue())
        .isEqualTo(started.json().getJsonNumber("id").longValue());
    assertThat(codes(again.json())).isEqualTo(codes);

    // the bank changes: a drawn question is removed; the attempt keeps its copy
    String removed = drawn.get(0).substring("bank-".length());
    assertThat(instructor.send("DELETE", bank(soilModule) + "/questions/" + removed, null).status())
        .isEqualTo(204);
    long attemptId = started.json().getJsonNumber("id").longValue();
    Map<String, Object> answers = new LinkedHashMap<>();
    codes.forEach(c -> answers.put(c, List.of("true")));
    HttpAnswer submitted =
        learner.send(
            "POST",
            "/api/attempts/" + attemptId + "/submission",
            JsonText.of(Map.of("answers", answers)));
    assertThat(submitted.status()).as("%s", submitted).isEqualTo(201);
    assertThat(submitted.json().getJsonNumber("score").doubleValue()).isEqualTo(4.0);
    assertThat(submitted.json().getBoolean("passed")).isTrue();
    assertThat(codes(learner.send("GET", "/api/attempts/" + attemptId, null).json()))
        .isEqualTo(codes);

    // the pool shrank below its count since the quiz was saved: a new attempt draws what there is
    String second = drawn.get(1).substring("bank-".length());
    instructor.send("DELETE", bank(soilModule) + "/questions/" + second, null);
    AdminApi other = bearer(launch(courseId, LtiRoles.LEARNER));
    HttpAnswer shrunk = other.send("POST", "/api/quizzes/" + quizId + "/attempts", null);
    assertThat(shrunk.status()).as("%s", shrunk).isEqualTo(201);
    assertThat(codes(shrunk.json()).stream().filter(c -> c.startsWith("bank-"))).hasSize(2);

    HttpAnswer statistics = instructor.send("GET", "/api/quizzes/" + quizId + "/statistics", null);
    assertThat(statistics.json().getJsonArray("questions"))
        .extracting(v -> v.asJsonObject().getString("code"))
        .containsAll(drawn);
  }

  private String quiz(long moduleId, int count) {
    Map<String, Object> own = trueFalse("own1", true, List.of());
    Map<String, Object> pool = new LinkedHashMap<>();
    pool.put("moduleId", moduleId);
    pool.put("competency", SOIL_MAPS.toLowerCase());
    pool.put("count", count);
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("passRule", Map.of("kind", "PERCENT", "value", 60));
    settings.put("pools", List.of(pool));
    return JsonText.of(
        Map.of("title", "Pooled check", "questions", List.of(own), "settings", settings));
  }

  private static List<String> codes(JsonObject attempt) {
    List<String> codes = new ArrayList<>();
    attempt.getJsonArray("questions").forEach(q -> codes.add(q.asJsonObject().getString("code")));
    return codes;
  }

  private static long idOf(HttpAnswer page, int index) {
    return page.json().getJsonArray("items").getJsonObject(index).getJsonNumber("id").longValue();
  }

  @Test
  void theStructuredFormEditsABankQuestionInEveryLanguageWithoutDroppingAny() {
    long id =
        add(
            instructor,
            soilModule,
            draft(trueFalse("tri", true, List.of(SOIL_MAPS)), List.of("O1")));
    String kt = Http.pageReference(instructorToken);
    String path = "/app/question-banks/" + soilModule + "/questions/" + id;
    HttpAnswer questionPage = page(path + "?kt=" + kt + "&lang=en");
    assertThat(questionPage.body()).contains("id=\"kenes-bank-question-content\"");
    HttpAnswer form = page(path + "/content?kt=" + kt + "&lang=en");
    assertThat(form.status()).as("%s", form).isEqualTo(200);
    assertThat(form.body()).contains("Statement tri", "Утверждение tri", "name=\"truth\"");
    String csrf = hidden(form.body(), "csrf");
    HttpAnswer refused =
        post(
            path + "/content",
            "kt",
            kt,
            "csrf",
            csrf,
            "text.kk",
            "Тұжырым",
            "truth",
            "false",
            "points",
            "two");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("Write a number, such as 2.5.", "Тұжырым");
    location(
        post(
            path + "/content",
            "kt",
            kt,
            "csrf",
            csrf,
            "truth",
            "false",
            "points",
            "2",
            "text.en",
            "Statement tri",
            "text.ru",
            "Утверждение tri",
            "text.kk",
            "Тұжырым tri",
            "competencies",
            SOIL_MAPS));
    JsonObject saved = instructor.send("GET", bank(soilModule) + "/questions/" + id, null).json();
    JsonObject question = saved.getJsonObject("question");
    assertThat(question.getJsonObject("text").keySet()).containsExactlyInAnyOrder("kk", "ru", "en");
    assertThat(question.getString("code")).isEqualTo("tri");
    assertThat(question.getJsonArray("correct").getString(0)).isEqualTo("false");
    assertThat(saved.getJsonArray("outcomes").getString(0)).isEqualTo("O1");
    String learnerKt = Http.pageReference(launch(courseId, LtiRoles.LEARNER));
    assertThat(page(path + "/content?kt=" + learnerKt).status()).isEqualTo(403);
  }

  @Test
  void theBankAndPoolPagesWorkWithoutJavaScript() {
    String kt = Http.pageReference(instructorToken);
    HttpAnswer banks = page("/app/question-banks?kt=" + kt + "&lang=en");
    assertThat(banks.status()).as("%s", banks).isEqualTo(200);
    assertThat(banks.body()).contains(bank(soilModule).replace("/api/", "/app/"));
    String path = "/app/question-banks/" + soilModule;
    HttpAnswer empty = page(path + "?kt=" + kt + "&lang=en");
    assertThat(empty.status()).as("%s", empty).isEqualTo(200);
    assertThat(empty.body()).contains("No question here yet.");
    String csrf = hidden(empty.body(), "csrf");

    String gift = "::w1:: Wheat is a cereal. {T}\n\n::w2:: Rye is a cereal. {T}\n";
    assertThat(post(path, "kt", kt, "questions", gift).status()).isEqualTo(403);
    HttpAnswer broken = post(path, "kt", kt, "csrf", csrf, "questions", "Essay {}");
    assertThat(broken.status()).isEqualTo(400);
    assertThat(broken.body()).contains("essay");
    String added =
        location(post(path, "kt", kt, "csrf", csrf, "questions", gift, "competency", SOIL_MAPS));
    HttpAnswer listed = page(added);
    assertThat(listed.body()).contains("The questions were added", "Wheat is a cereal.", SOIL_MAPS);
    HttpAnswer filtered =
        page(path + "?kt=" + kt + "&lang=en&competency=" + enc("nothing like it"));
    assertThat(filtered.body()).contains("No question here yet.");

    String learnerKt = Http.pageReference(launch(courseId, LtiRoles.LEARNER));
    assertThat(page(path + "?kt=" + learnerKt).status()).isEqualTo(403);

    java.util.regex.Matcher edit =
        java.util.regex.Pattern.compile(path + "/questions/(\\d+)").matcher(listed.body());
    assertThat(edit.find()).isTrue();
    String questionPath = path + "/questions/" + edit.group(1);
    HttpAnswer form = page(questionPath + "?kt=" + kt + "&lang=en");
    assertThat(form.status()).as("%s", form).isEqualTo(200);
    String saved =
        location(
            post(
                questionPath,
                "kt",
                kt,
                "csrf",
                csrf,
                "competencies",
                SOIL_MAPS,
                "outcomes",
                "Names cereals",
                "points",
                "2"));
    assertThat(page(saved).body()).contains("The question was saved", "Names cereals");

    long quizId = quizWithOwnQuestion();
    String quizPath = "/app/course/quizzes/" + quizId;
    HttpAnswer quizPage = page(quizPath + "?kt=" + kt + "&lang=en");
    assertThat(quizPage.body()).contains("kenes-quiz-pool", "(2 questions)");
    HttpAnswer tooMany =
        post(
            quizPath + "/pools",
            "kt",
            kt,
            "csrf",
            csrf,
            "moduleId",
            String.valueOf(soilModule),
            "competency",
            SOIL_MAPS,
            "count",
            "3");
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.body()).contains("holds 2 questions");
    String pooled =
        location(
            post(
                quizPath + "/pools",
                "kt",
                kt,
                "csrf",
                csrf,
                "moduleId",
                String.valueOf(soilModule),
                "competency",
                SOIL_MAPS,
                "count",
                "2"));
    assertThat(page(pooled).body()).contains("The pool was added", "kenes-quiz-pools");
    assertThat(location(post(quizPath + "/pools/0/remove", "kt", kt, "csrf", csrf)))
        .contains("done=unpooled");
    assertThat(location(post(questionPath + "/remove", "kt", kt, "csrf", csrf)))
        .contains("done=removed");
  }

  private long quizWithOwnQuestion() {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("passRule", Map.of("kind", "PERCENT", "value", 60));
    HttpAnswer created =
        instructor.send(
            "POST",
            "/api/quizzes",
            JsonText.of(
                Map.of(
                    "title",
                    "Cereals",
                    "questions",
                    List.of(trueFalse("own1", true, List.of())),
                    "settings",
                    settings)));
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  private static HttpAnswer page(String pathAndQuery) {
    return Http.get(pathAndQuery, "Accept", "text/html");
  }

  private static HttpAnswer post(String path, String... namesAndValues) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      body.append(i == 0 ? "" : "&")
          .append(enc(namesAndValues[i]))
          .append('=')
          .append(enc(namesAndValues[i + 1]));
    }
    return Http.post(
        path, "application/x-www-form-urlencoded", body.toString(), "Accept", "text/html");
  }

  private static String hidden(String html, String name) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
    assertThat(m.find()).as("hidden %s", name).isTrue();
    return m.group(1);
  }

  private static String location(HttpAnswer answer) {
    assertThat(answer.status()).as("%s", answer).isEqualTo(303);
    String target = answer.location().orElseThrow().toString();
    return target.substring(target.indexOf("/app"));
  }

  private static String enc(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }
}
