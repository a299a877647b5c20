package it.kenes.survey;

import static it.kenes.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.LtiRoles;
import it.kenes.support.TestPlatform;
import it.kenes.support.Unique;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.kenes.lti.LtiClaims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Module feedback over HTTP (docs/module-feedback.md): a learner whose link shows a module rates it
 * on the landing page without JavaScript and changes the answer; the API's rating is idempotent by
 * submission id; a new module version asks again and the old rating stays with the old version; and
 * only a learner of a course that delivers the module may see or rate it.
 */
class ModuleFeedbackIT {

  private final RespondentFixture fixture = new RespondentFixture();
  private final AdminApi admin = AdminApi.asAdmin();
  private TestPlatform platform;
  private long programId;
  private String courseId;
  private String learnerSession;
  private AdminApi learnerApi;
  private String pageToken;
  private long moduleId;

  @BeforeEach
  void aLearnerLaunchedFromALinkThatShowsAModuleOfTheirCourse() {
    programId = fixture.program("AGR-201");
    platform = TestPlatform.registerFor(fixture.universityOf(programId));
    courseId = "course-" + Unique.suffix();
    learnerSession = launch(LtiRoles.LEARNER, courseId, "link-" + Unique.suffix());
    learnerApi = AdminApi.withAuthorization("Bearer " + learnerSession);
    JsonObject me = Http.me(learnerSession).json();
    long contextRef = me.getJsonObject("context").getJsonNumber("id").longValue();
    long linkRef = me.getJsonObject("resourceLink").getJsonNumber("id").longValue();
    fixture.deliver(contextRef, programId, "AGR-201");
    HttpAnswer modules = learnerApi.send("GET", "/api/module-feedback/modules", null);
    assertThat(modules.status()).as("%s", modules).isEqualTo(200);
    moduleId = modules.jsonArray().getJsonObject(0).getJsonNumber("moduleId").longValue();
    HttpAnswer pointed =
        admin.send(
            "PUT",
            "/api/courses/" + contextRef + "/links/" + linkRef + "/module",
            JsonText.of(Map.of("moduleId", moduleId)));
    assertThat(pointed.status()).as("%s", pointed).isEqualTo(200);
    pageToken = Http.pageReference(learnerSession);
  }

  @AfterEach
  void closePlatform() {
    platform.close();
  }

  private String launch(String role, String course, String link) {
    return platform
        .launchIntoCourse(
            role, course, t -> t.with(LtiClaims.RESOURCE_LINK, Map.of("id", link, "title", "W1")))
        .sessionToken();
  }

  private String pagePath() {
    return "/app/course/modules/" + moduleId + "/feedback";
  }

  private HttpAnswer page(String pathAndQuery) {
    return Http.get(pathAndQuery, "Accept", "text/html");
  }

  private HttpAnswer post(String... namesAndValues) {
    String body =
        Stream.iterate(0, i -> i < namesAndValues.length, i -> i + 2)
            .map(i -> encode(namesAndValues[i]) + "=" + encode(namesAndValues[i + 1]))
            .collect(Collectors.joining("&"));
    return Http.post(pagePath(), "application/x-www-form-urlencoded", body, "Accept", "text/html");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private HttpAnswer rate(AdminApi api, Map<String, Object> body) {
    return api.send(
        "POST", "/api/module-feedback/modules/" + moduleId + "/rating", JsonText.of(body));
  }

  private static Map<String, Object> rating(String submissionId, Integer version, int m01) {
    Map<String, Object> body = new LinkedHashMap<>();
    if (submissionId != null) {
      body.put("submissionId", submissionId);
    }
    if (version != null) {
      body.put("moduleVersion", version);
    }
    body.put("answers", Map.of("M01", m01, "M02", 2, "M03", 1, "M04", 3, "M06", "More labs"));
    return body;
  }

  private String status() {
    return learnerApi
        .send("GET", "/api/module-feedback/modules", null)
        .jsonArray()
        .getJsonObject(0)
        .getString("status");
  }

  @Test
  void theLearnerRatesTheLinkedModuleOnTheLandingPageAndChangesTheAnswer() {
    HttpAnswer landing = page("/app?kt=" + pageToken + "&lang=en");
    assertThat(landing.status()).as("%s", landing).isEqualTo(200);
    assertThat(landing.body())
        .contains("Rate the module Module AGR-201", "Modules of this course", "Not rated yet")
        .contains("action=\"" + pagePath() + "\"")
        .contains("name=\"a.M01\"", "The module&#39;s objectives were clear to me.")
        .doesNotContain("Say how useful each module");
    String csrf = RespondentFixture.hidden(landing.body(), "csrf");

    HttpAnswer saved =
        post(
            "kt",
            pageToken,
            "csrf",
            csrf,
            "moduleVersion",
            "1",
            "a.M01",
            "3",
            "a.M02",
            "2",
            "a.M03",
            "1",
            "a.M04",
            "2",
            "a.M05",
            "Shorter videos");
    assertThat(saved.status()).as("%s", saved).isEqualTo(303);
    HttpAnswer confirmation = Http.get(saved.location().orElseThrow(), "Accept", "text/html");
    assertThat(confirmation.body())
        .contains("Your rating was saved")
        .contains(">Shorter videos</textarea>")
        .contains("Save the changed rating");
    assertThat(page("/app?kt=" + pageToken + "&lang=en").body())
        .contains("You rated the module Module AGR-201", "Change your answer")
        .doesNotContain("name=\"a.M01\"");

    HttpAnswer changed =
        post(
            "kt",
            pageToken,
            "csrf",
            csrf,
            "moduleVersion",
            "1",
            "a.M01",
            "0",
            "a.M02",
            "2",
            "a.M03",
            "1",
            "a.M04",
            "2");
    assertThat(changed.status()).as("%s", changed).isEqualTo(303);
    JsonObject form =
        learnerApi.send("GET", "/api/module-feedback/modules/" + moduleId + "/form", null).json();
    assertThat(form.getJsonObject("answers").getInt("M01")).isZero();
    assertThat(form.getJsonObject("answers").containsKey("M05")).isFalse();
    assertThat(form.getString("roundLabel")).isEqualTo("v1");
    assertThat(status()).isEqualTo("rated");
  }

  @Test
  void thePageIsInKazakhAndAnIncompleteOrForgedFormIsRefused() {
    HttpAnswer kk = page(pagePath() + "?kt=" + pageToken + "&lang=kk");
    assertThat(kk.status()).as("%s", kk).isEqualTo(200);
    assertThat(kk.body()).contains("Модульдің мақсаттары маған түсінікті болды.", "1-нұсқа");
    String csrf = RespondentFixture.hidden(kk.body(), "csrf");

    HttpAnswer incomplete = post("kt", pageToken, "csrf", csrf, "a.M01", "3");
    assertThat(incomplete.status()).isEqualTo(400);
    assertThat(incomplete.body()).contains("aria-invalid=\"true\"");
    assertThat(
            post("kt", pageToken, "a.M01", "3", "a.M02", "3", "a.M03", "3", "a.M04", "3").status())
        .isEqualTo(403);
    assertThat(status()).isEqualTo("not_rated");
  }

  @Test
  void aRepeatedSubmissionIsAnsweredWithoutWritingAndANewModuleVersionAsksAgain() {
    HttpAnswer first = rate(learnerApi, rating("s-1", 1, 3));
    assertThat(first.status()).as("%s", first).isEqualTo(201);
    long ratingId = first.json().getJsonNumber("ratingId").longValue();
    HttpAnswer again = rate(learnerApi, rating("s-1", 1, 3));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().getJsonNumber("ratingId").longValue()).isEqualTo(ratingId);
    assertThat(again.json().getBoolean("created")).isFalse();

    HttpAnswer revised =
        admin.send(
            "PUT",
            "/api/admin/programs/" + programId + "/modules/AGR-201",
            JsonText.of(
                Map.of("code", "AGR-201", "title", "Module AGR-201, revised", "credits", 5)));
    assertThat(revised.status()).as("%s", revised).isEqualTo(200);
    assertThat(status()).isEqualTo("rated_earlier_version");
    assertThat(page("/app?kt=" + pageToken + "&lang=en").body())
        .contains("The module has a new version since you rated it");

    assertProblem(rate(learnerApi, rating("s-2", 1, 0)), 409, "module-version-changed");
    HttpAnswer second = rate(learnerApi, rating("s-3", null, 1));
    assertThat(second.status()).as("%s", second).isEqualTo(201);
    assertThat(second.json().getInt("moduleVersion")).isEqualTo(2);
    assertThat(second.json().getJsonNumber("ratingId").longValue()).isNotEqualTo(ratingId);
    assertThat(status()).isEqualTo("rated");
    JsonObject form =
        learnerApi.send("GET", "/api/module-feedback/modules/" + moduleId + "/form", null).json();
    assertThat(form.getJsonObject("answers").getInt("M01")).isEqualTo(1);
  }

  @Test
  void anIncompleteRatingIsRefusedWithTheItemsNamed() {
    HttpAnswer refused = rate(learnerApi, Map.of("answers", Map.of("M01", 7)));

    assertProblem(refused, 400, "invalid-input");
    assertThat(refused.body()).contains("answers.M01", "answers.M02");
  }

  @Test
  void onlyALearnerOfACourseThatDeliversTheModuleMayRateIt() {
    AdminApi otherCourse =
        AdminApi.withAuthorization(
            "Bearer "
                + launch(LtiRoles.LEARNER, "other-" + Unique.suffix(), "l-" + Unique.suffix()));
    assertProblem(
        otherCourse.send("GET", "/api/module-feedback/modules/" + moduleId + "/form", null),
        403,
        "forbidden");
    assertProblem(rate(otherCourse, rating(null, null, 3)), 403, "forbidden");
    assertThat(otherCourse.send("GET", "/api/module-feedback/modules", null).jsonArray()).isEmpty();

    AdminApi instructor =
        AdminApi.withAuthorization(
            "Bearer " + launch(LtiRoles.INSTRUCTOR, courseId, "l-" + Unique.suffix()));
    assertProblem(rate(instructor, rating(null, null, 3)), 403, "forbidden");
    assertProblem(instructor.send("GET", "/api/module-feedback/modules", null), 403, "forbidden");

    assertProblem(
        AdminApi.withAuthorization(null).send("GET", "/api/module-feedback/modules", null),
        401,
        "unauthorized");
    assertThat(status()).isEqualTo("not_rated");
  }
}
