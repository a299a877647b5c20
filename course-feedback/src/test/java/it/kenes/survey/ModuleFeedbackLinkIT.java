package it.kenes.survey;

import static it.kenes.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.Kenes;
import it.kenes.support.LtiRoles;
import it.kenes.support.Programs;
import it.kenes.support.TestPlatform;
import it.kenes.support.Unique;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Module feedback links over HTTP (docs/module-feedback.md, "Employers, graduates and other
 * outsiders"): staff make a link that asks about a program's modules; an outsider rates modules on
 * plain pages or through the API, as one respondent of the link's group; the link's limits hold;
 * and only staff who cover the program may make, list or withdraw links.
 */
class ModuleFeedbackLinkIT {

  private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  private final AdminApi admin = AdminApi.asAdmin();
  private TestPlatform platform;
  private long programId;
  private long soilId;
  private long cropsId;
  private String courseId;
  private AdminApi instructor;
  private String instructorSession;

  @BeforeEach
  void anInstructorOfACourseThatDeliversAModuleOfTheProgram() {
    Kenes.awaitReady();
    Map<String, Object> soil = Programs.module("SOIL");
    soil.put("competencies", List.of("Soil analysis " + Unique.suffix()));
    soil.put("learningOutcomes", List.of("Reads a soil sample"));
    Programs.Created created =
        Programs.aProgram()
            .languages("kk", "ru")
            .withModule(soil)
            .withModules("CROPS")
            .create(admin);
    programId = created.programId();
    // the admin API names modules by code; a link's modules carry their ids
    String probe =
        admin
            .send(
                "POST",
                "/api/module-feedback/links",
                JsonText.of(Map.of("programId", programId, "group", "employer")))
            .json()
            .getString("token");
    jakarta.json.JsonArray modules =
        AdminApi.withAuthorization(null)
            .send("GET", "/api/module-feedback/invitations/" + probe, null)
            .json()
            .getJsonArray("modules");
    soilId = moduleId(modules, "SOIL");
    cropsId = moduleId(modules, "CROPS");
    platform = TestPlatform.registerFor(created.universityId());
    courseId = "course-" + Unique.suffix();
    instructorSession = launch(LtiRoles.INSTRUCTOR, courseId);
    instructor = AdminApi.withAuthorization("Bearer " + instructorSession);
    Programs.deliver(admin, Http.contextRef(instructorSession), programId, "SOIL");
  }

  @AfterEach
  void closePlatform() {
    platform.close();
  }

  private static long moduleId(jakarta.json.JsonArray modules, String code) {
    return modules.stream()
        .map(v -> v.asJsonObject())
        .filter(m -> code.equals(m.getString("code")))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("moduleId")
        .longValue();
  }

  private String launch(String role, String course) {
    return platform.launchIntoCourse(role, course).sessionToken();
  }

  private HttpAnswer makeLink(AdminApi api, String group, int maxUses, Long... moduleIds) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("programId", programId);
    body.put("group", group);
    body.put("maxUses", maxUses);
    body.put("label", "Employers' association");
    if (moduleIds.length > 0) {
      body.put("moduleIds", List.of(moduleIds));
    }
    return api.send("POST", "/api/module-feedback/links", JsonText.of(body));
  }

  private String token(HttpAnswer created) {
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    return created.json().getString("token");
  }

  private static HttpAnswer page(String pathAndQuery, String... headers) {
    List<String> all = new ArrayList<>(List.of("Accept", "text/html"));
    all.addAll(List.of(headers));
    return Http.get(pathAndQuery, all.toArray(String[]::new));
  }

  private static HttpAnswer post(String path, String origin, String cookie, String... pairs) {
    String body =
        Stream.iterate(0, i -> i < pairs.length, i -> i + 2)
            .map(i -> encode(pairs[i]) + "=" + encode(pairs[i + 1]))
            .collect(Collectors.joining("&"));
    List<String> headers = new ArrayList<>(List.of("Accept", "text/html", "Origin", origin));
    if (cookie != null) {
      headers.addAll(List.of("Cookie", cookie));
    }
    return Http.post(
        path, "application/x-www-form-urlencoded", body, headers.toArray(String[]::new));
  }

  private static HttpAnswer rateOnPage(String token, long module, String cookie, String id) {
    return post(
        "/module-feedback/i/" + token + "/modules/" + module,
        Kenes.baseUrl().toString(),
        cookie,
        "submissionId",
        id,
        "lang",
        "kk",
        "moduleVersion",
        "1",
        "a.O01",
        "3",
        "a.O02",
        "2",
        "a.O03",
        "3",
        "a.O04",
        "Drone mapping");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String kept(HttpAnswer posted) {
    return posted.headerValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("__Host-kenes_m"))
        .map(c -> c.substring(0, c.indexOf(';')))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no respondent cookie in " + posted));
  }

  private JsonObject link(long id) {
    return admin.send("GET", "/api/module-feedback/links/" + id, null).json();
  }

  private static Map<String, Object> rating(String submissionId, Integer version, int o01) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("submissionId", submissionId);
    if (version != null) {
      body.put("moduleVersion", version);
    }
    body.put("answers", Map.of("O01", o01, "O02", 2, "O03", 1, "O04", "GIS"));
    return body;
  }

  private static HttpAnswer rateByApi(String token, long module, Map<String, Object> body) {
    return AdminApi.withAuthorization(null)
        .send(
            "POST",
            "/api/module-feedback/invitations/" + token + "/modules/" + module + "/rating",
            JsonText.of(body));
  }

  @Test
  void anEmployerRatesTwoModulesOnPlainPagesInKazakhAsOneRespondentOfTheLink() {
    HttpAnswer created = makeLink(instructor, "employer", 5);
    String token = token(created);
    long linkId = created.json().getJsonNumber("id").longValue();
    assertThat(created.json().getString("url")).endsWith("/module-feedback/i/" + token);

    HttpAnswer list = page("/module-feedback/i/" + token + "?lang=kk");
    assertThat(list.status()).as("%s", list).isEqualTo(200);
    assertThat(list.body())
        .contains("<html lang=\"kk\"", "Бағдарлама модульдерін бағалаңыз")
        .contains("Module SOIL", "Module CROPS", "Әлі бағаланбаған")
        .doesNotContain("name=\"kt\"", "name=\"csrf\"");

    HttpAnswer form = page("/module-feedback/i/" + token + "/modules/" + soilId + "?lang=kk");
    assertThat(form.status()).as("%s", form).isEqualTo(200);
    assertThat(form.body())
        .contains("Модуль біздің жұмысқа қажетті құзыреттерді қалыптастырады.")
        .contains("Soil analysis", "Reads a soil sample", "name=\"pairCode\"");
    String submissionId = RespondentFixture.hidden(form.body(), "submissionId");
    assertThat(submissionId).matches(UUID);

    HttpAnswer saved = rateOnPage(token, soilId, null, submissionId);
    assertThat(saved.status()).as("%s", saved).isEqualTo(303);
    String cookie = kept(saved);
    assertThat(saved.location().orElseThrow().toString()).doesNotContain(submissionId);
    HttpAnswer after =
        Http.get(saved.location().orElseThrow(), "Accept", "text/html", "Cookie", cookie);
    assertThat(after.body()).contains("Module SOIL", "Бағаланды", "Мен аяқтадым");

    HttpAnswer second =
        page("/module-feedback/i/" + token + "/modules/" + cropsId + "?lang=kk", "Cookie", cookie);
    assertThat(RespondentFixture.hidden(second.body(), "submissionId")).isEqualTo(submissionId);
    assertThat(rateOnPage(token, cropsId, cookie, submissionId).status()).isEqualTo(303);
    assertThat(rateOnPage(token, cropsId, cookie, submissionId).status())
        .as("a change of the rating")
        .isEqualTo(303);
    assertThat(link(linkId).getInt("uses")).as("one respondent, one use").isEqualTo(1);

    HttpAnswer thanks = page("/module-feedback/i/" + token + "/thanks?lang=kk", "Cookie", cookie);
    assertThat(thanks.status()).as("%s", thanks).isEqualTo(200);
    assertThat(thanks.body()).contains("Рахмет!", "2 модулін");

    HttpAnswer report = instructor.send("GET", "/api/module-feedback/report/" + soilId, null);
    assertThat(report.status()).as("%s", report).isEqualTo(200);
    assertThat(report.json().getJsonArray("versions").getJsonObject(0).getInt("n")).isEqualTo(1);
  }

  @Test
  void theInstructorsReportNamesTheOutsidersStatementsInThePagesLanguage() {
    String token = token(makeLink(instructor, "employer", 5, soilId));
    for (int i = 0; i < 5; i++) {
      HttpAnswer rated =
          rateByApi(token, soilId, rating(java.util.UUID.randomUUID().toString(), 1, 3));
      assertThat(rated.status()).as("%s", rated).isEqualTo(201);
    }
    String page =
        "/app/course/module-feedback?module="
            + soilId
            + "&kt="
            + Http.pageReference(instructorSession)
            + "&lang=";
    assertThat(page(page + "en").body())
        .contains("This module forms competencies our jobs need.")
        .contains("I would hire a graduate who mastered this module.");
    assertThat(page(page + "ru").body())
        .contains("Модуль формирует компетенции, которые нужны в нашей работе.")
        .doesNotContain(">O01<");
  }

  @Test
  void refusesAnIncompleteForgedOrUnknownPostAndAUsedUpOrWithdrawnLink() {
    HttpAnswer created = makeLink(instructor, "graduate", 1, soilId);
    String token = token(created);
    String path = "/module-feedback/i/" + token + "/modules/" + soilId;
    String id = RespondentFixture.hidden(page(path + "?lang=en").body(), "submissionId");

    HttpAnswer incomplete =
        post(path, Kenes.baseUrl().toString(), null, "submissionId", id, "a.O01", "3");
    assertThat(incomplete.status()).isEqualTo(400);
    assertThat(incomplete.body()).contains("aria-invalid=\"true\"", "Your answers were not saved");
    assertThat(post(path, "https://evil.example", null, "submissionId", id, "a.O01", "3").status())
        .isEqualTo(403);
    assertThat(page("/module-feedback/i/" + token + "/modules/" + cropsId).status())
        .as("a module the link does not ask about")
        .isEqualTo(404);
    assertThat(page("/module-feedback/i/" + "x".repeat(43)).status()).isEqualTo(404);

    HttpAnswer saved = rateOnPage(token, soilId, null, id);
    assertThat(saved.status()).as("%s", saved).isEqualTo(303);
    HttpAnswer usedUp = page("/module-feedback/i/" + token + "?lang=en");
    assertThat(usedUp.status()).isEqualTo(410);
    assertThat(usedUp.body()).contains("already been used");
    assertThat(page("/module-feedback/i/" + token + "?lang=en", "Cookie", kept(saved)).status())
        .as("its respondent may still change the rating")
        .isEqualTo(200);

    long linkId = created.json().getJsonNumber("id").longValue();
    HttpAnswer revoked =
        instructor.send("POST", "/api/module-feedback/links/" + linkId + "/revoke", null);
    assertThat(revoked.status()).as("%s", revoked).isEqualTo(200);
    assertThat(revoked.json().getString("state")).isEqualTo("revoked");
    HttpAnswer gone = page("/module-feedback/i/" + token, "Cookie", kept(saved));
    assertThat(gone.status()).isEqualTo(410);
  }

  @Test
  void theApiRatesTheCurrentVersionAndAsksAgainAfterARevision() {
    String token = token(makeLink(admin, "employer", 10));
    JsonObject modules =
        AdminApi.withAuthorization(null)
            .send("GET", "/api/module-feedback/invitations/" + token, null)
            .json();
    assertThat(modules.getString("group")).isEqualTo("employer");
    JsonObject soil = modules.getJsonArray("modules").getJsonObject(0);
    assertThat(soil.getString("code")).isEqualTo("SOIL");
    assertThat(soil.getJsonArray("learningOutcomes").getString(0)).isEqualTo("Reads a soil sample");
    HttpAnswer form =
        AdminApi.withAuthorization(null)
            .send(
                "GET",
                "/api/module-feedback/invitations/"
                    + token
                    + "/modules/"
                    + soilId
                    + "/form?lang=ru",
                null);
    assertThat(form.status()).as("%s", form).isEqualTo(200);
    assertThat(form.body()).contains("Модуль формирует компетенции");

    String id = java.util.UUID.randomUUID().toString();
    HttpAnswer first = rateByApi(token, soilId, rating(id, 1, 3));
    assertThat(first.status()).as("%s", first).isEqualTo(201);
    assertThat(rateByApi(token, soilId, rating(id, 1, 2)).status()).isEqualTo(200);
    HttpAnswer invalid = rateByApi(token, soilId, Map.of("submissionId", id, "answers", Map.of()));
    assertProblem(invalid, 400, "invalid-input");
    assertThat(invalid.body()).contains("answers.O01");
    assertProblem(rateByApi(token, soilId, rating("not-a-uuid", 1, 3)), 400, "invalid-input");

    HttpAnswer revised =
        admin.send(
            "PUT",
            "/api/admin/programs/" + programId + "/modules/SOIL",
            JsonText.of(Map.of("code", "SOIL", "title", "Soil, revised", "credits", 5)));
    assertThat(revised.status()).as("%s", revised).isEqualTo(200);
    assertProblem(rateByApi(token, soilId, rating(id, 1, 3)), 409, "module-version-changed");
    JsonObject asked =
        AdminApi.withAuthorization(null)
            .send("GET", "/api/module-feedback/invitations/" + token, null)
            .json();
    assertThat(asked.getJsonArray("modules").getJsonObject(0).getInt("currentVersion"))
        .isEqualTo(2);
    HttpAnswer again = rateByApi(token, soilId, rating(id, 2, 1));
    assertThat(again.status()).as("%s", again).isEqualTo(201);
    assertThat(again.json().getInt("moduleVersion")).isEqualTo(2);
  }

  @Test
  void onlyStaffWhoCoverTheProgramMakeListAndWithdrawLinks() {
    long linkId = makeLink(instructor, "employer", 3).json().getJsonNumber("id").longValue();

    AdminApi learner = AdminApi.withAuthorization("Bearer " + launch(LtiRoles.LEARNER, courseId));
    assertProblem(makeLink(learner, "employer", 3), 403, "forbidden");
    assertProblem(learner.send("GET", "/api/module-feedback/links", null), 403, "forbidden");
    assertProblem(makeLink(AdminApi.withAuthorization(null), "employer", 3), 401, "unauthorized");

    AdminApi otherCourse =
        AdminApi.withAuthorization(
            "Bearer " + launch(LtiRoles.INSTRUCTOR, "other-" + Unique.suffix()));
    assertProblem(makeLink(otherCourse, "employer", 3), 403, "forbidden");
    assertProblem(
        otherCourse.send("POST", "/api/module-feedback/links/" + linkId + "/revoke", null),
        403,
        "forbidden");
    assertThat(otherCourse.send("GET", "/api/module-feedback/links", null).json().getInt("total"))
        .isZero();

    JsonObject mine = instructor.send("GET", "/api/module-feedback/links", null).json();
    assertThat(mine.getInt("total")).as("the set-up's link and this one").isEqualTo(2);
    assertThat(mine.getJsonArray("items").getJsonObject(0).containsKey("token"))
        .as("a listed link carries no token")
        .isFalse();

    assertProblem(makeLink(instructor, "nobody", 0), 400, "invalid-input");
    HttpAnswer foreignModule =
        instructor.send(
            "POST",
            "/api/module-feedback/links",
            JsonText.of(
                Map.of("programId", programId, "group", "employer", "moduleIds", List.of(-5))));
    assertProblem(foreignModule, 400, "invalid-input");
    assertProblem(
        admin.send(
            "POST",
            "/api/module-feedback/links",
            JsonText.of(Map.of("programId", -1, "group", "employer"))),
        404,
        "not-found");
  }

  @Test
  void anInstructorMakesAndWithdrawsALinkOnTheStaffPages() {
    String kt = Http.pageReference(instructorSession);
    HttpAnswer landing = page("/app?kt=" + kt + "&lang=en");
    assertThat(landing.body()).contains("id=\"kenes-module-links-link\"");
    HttpAnswer list = page("/app/course/module-feedback/links?kt=" + kt + "&lang=en");
    assertThat(list.status()).as("%s", list).isEqualTo(200);
    assertThat(list.body()).contains("Module SOIL", "Module CROPS", "all modules");
    String csrf = RespondentFixture.hidden(list.body(), "csrf");
    String formId = RespondentFixture.hidden(list.body(), "formId");

    HttpAnswer refused =
        post(
            "/app/course/module-feedback/links",
            Kenes.baseUrl().toString(),
            null,
            "kt",
            kt,
            "csrf",
            csrf,
            "formId",
            formId,
            "programId",
            String.valueOf(programId),
            "group",
            "");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("Choose a stakeholder group.");

    HttpAnswer made =
        post(
            "/app/course/module-feedback/links",
            Kenes.baseUrl().toString(),
            null,
            "kt",
            kt,
            "csrf",
            csrf,
            "formId",
            formId,
            "programId",
            String.valueOf(programId),
            "moduleIds",
            String.valueOf(soilId),
            "group",
            "employer",
            "uses",
            "many",
            "maxUses",
            "40",
            "label",
            "Job fair");
    assertThat(made.status()).as("%s", made).isEqualTo(201);
    assertThat(made.body()).contains("/module-feedback/i/", "data-copy", "SOIL");
    HttpAnswer listed = page("/app/course/module-feedback/links?kt=" + kt + "&lang=en");
    assertThat(listed.body()).contains("Job fair", "0 / 40", "Revoke");

    long linkId =
        instructor
            .send("GET", "/api/module-feedback/links", null)
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    HttpAnswer confirm =
        page("/app/course/module-feedback/links/" + linkId + "/revoke?kt=" + kt + "&lang=en");
    assertThat(confirm.status()).as("%s", confirm).isEqualTo(200);
    HttpAnswer withdrawn =
        post(
            "/app/course/module-feedback/links/" + linkId + "/revoke",
            Kenes.baseUrl().toString(),
            null,
            "kt",
            kt,
            "csrf",
            csrf);
    assertThat(withdrawn.status()).as("%s", withdrawn).isEqualTo(303);
    assertThat(link(linkId).getString("state")).isEqualTo("revoked");
    HttpAnswer learnerPage =
        page(
            "/app/course/module-feedback/links?kt="
                + Http.pageReference(launch(LtiRoles.LEARNER, courseId)));
    assertThat(learnerPage.status()).isEqualTo(403);
  }

  @Test
  void aPlacedModuleFeedbackLinkOpensTheModuleFormForALearnerAndTheReportForStaff() {
    String learnerPage = Http.pageReference(launch(LtiRoles.LEARNER, courseId));
    HttpAnswer learner = page("/app/activities/module-feedback/" + soilId + "?kt=" + learnerPage);
    assertThat(learner.status()).as("%s", learner).isEqualTo(303);
    assertThat(learner.location().orElseThrow().getPath())
        .isEqualTo("/app/course/modules/" + soilId + "/feedback");
    assertThat(page("/app/activities/module-feedback/" + cropsId + "?kt=" + learnerPage).status())
        .as("a module the course does not deliver")
        .isEqualTo(403);

    String kt = Http.pageReference(instructorSession);
    HttpAnswer staff = page("/app/activities/module-feedback/" + soilId + "?kt=" + kt);
    assertThat(staff.status()).as("%s", staff).isEqualTo(303);
    assertThat(staff.location().orElseThrow().getPath()).isEqualTo("/app/course/module-feedback");
    assertThat(page("/app/activities/module-feedback/x?kt=" + kt).status()).isEqualTo(404);
  }
}
