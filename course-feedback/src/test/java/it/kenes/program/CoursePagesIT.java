package it.kenes.program;

import static it.kenes.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.Flow;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.LtiRoles;
import it.kenes.support.Programs;
import it.kenes.support.TestPlatform;
import it.kenes.support.Unique;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import kz.kenes.lti.LtiClaims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The instructor's course page (plan, delivered modules, the module of their link), the resource
 * link module API, and the learner's landing page showing the module of the link.
 */
class CoursePagesIT {

  private static final String PAGE = "/app/course/plan";

  private final AdminApi admin = AdminApi.asAdmin();
  private TestPlatform platform;
  private String courseId;
  private String linkId;
  private PageClient instructor;
  private AdminApi instructorApi;
  private long contextRef;
  private long linkRef;
  private long programId;
  private String universityCode;
  private long universityId;

  @BeforeEach
  void launchAnInstructor() {
    programId = programWithModules("AGR-201", "AGR-202");
    platform = TestPlatform.registerFor(universityId);
    courseId = "course-" + Unique.suffix();
    linkId = "link-" + Unique.suffix();
    String token = launch(LtiRoles.INSTRUCTOR, courseId, linkId).sessionToken();
    instructor = PageClient.ofSession(token);
    instructorApi = AdminApi.withAuthorization("Bearer " + token);
    JsonObject me = Http.me(token).json();
    contextRef = me.getJsonObject("context").getJsonNumber("id").longValue();
    linkRef = me.getJsonObject("resourceLink").getJsonNumber("id").longValue();
  }

  @AfterEach
  void closePlatform() {
    platform.close();
  }

  private Flow launch(String role, String course, String link) {
    return platform.launchIntoCourse(
        role, course, t -> t.with(LtiClaims.RESOURCE_LINK, Map.of("id", link, "title", "Week 1")));
  }

  private String linkPath(long context, long link) {
    return "/api/courses/" + context + "/links/" + link + "/module";
  }

  @Test
  void theInstructorWritesThePlanAndChoosesTheModules() {
    HttpAnswer page = instructor.get(PAGE + "?programs=" + universityCode);
    assertThat(page.status()).as("%s", page).isEqualTo(200);
    assertThat(page.body()).contains("Module AGR-201").contains("No plan is written");

    HttpAnswer saved =
        instructor.post(
            PAGE,
            "title",
            "Crops",
            "discipline",
            "Crop Production Technology",
            "trainingDirection",
            "Agronomy",
            "purpose",
            "Grow crops",
            "weeks",
            "Soils\nSeeds",
            "formats",
            "video lectures\nquizzes");
    assertThat(saved.status()).as("%s", saved).isEqualTo(303);
    JsonObject plan =
        instructorApi.send("GET", "/api/courses/" + contextRef + "/plan", null).json();
    assertThat(plan.getJsonArray("weeks").getJsonObject(1).getString("topic")).isEqualTo("Seeds");

    HttpAnswer modules = instructor.post(PAGE + "/modules", "module", programId + ":AGR-202");
    assertThat(modules.status()).as("%s", modules).isEqualTo(303);
    HttpAnswer after = instructor.get(modules.location().orElseThrow().toString());
    assertThat(after.body()).contains("The course").contains("Crop Production Technology");
    assertThat(instructorApi.send("GET", "/api/courses/" + contextRef + "/modules", null).body())
        .contains("\"AGR-202\"")
        .doesNotContain("\"AGR-201\"");
  }

  @Test
  void aBadPlanComesBackWith400AndIsNotStored() {
    instructor.get(PAGE);

    HttpAnswer refused =
        instructor.post(PAGE, "title", "Crops", "discipline", "", "trainingDirection", "A");

    assertThat(refused.status()).as("%s", refused).isEqualTo(400);
    assertThat(refused.body()).contains("id=\"c-discipline-error\"").contains("value=\"Crops\"");
    assertProblem(
        instructorApi.send("GET", "/api/courses/" + contextRef + "/plan", null), 404, "not-found");
  }

  @Test
  void aLearnerGetsA403PageAndAFormWithoutCsrfIsRefused() {
    PageClient learner =
        PageClient.ofSession(launch(LtiRoles.LEARNER, courseId, linkId).sessionToken());
    assertThat(learner.get(PAGE).status()).isEqualTo(403);

    instructor.get(PAGE);
    HttpAnswer forged =
        instructor.postRaw(
            PAGE,
            "kt",
            instructor.token(),
            "title",
            "T",
            "discipline",
            "D",
            "trainingDirection",
            "A");
    assertThat(forged.status()).isEqualTo(403);
  }

  @Test
  void theLinkModuleApiAnswers200404400And403() {
    long agr201 = deliver("AGR-201");
    String path = linkPath(contextRef, linkRef);

    assertProblem(instructorApi.send("GET", path, null), 404, "not-found");
    HttpAnswer put = instructorApi.send("PUT", path, JsonText.of(Map.of("moduleId", agr201)));
    assertThat(put.status()).as("%s", put).isEqualTo(200);
    assertThat(put.json().getString("code")).isEqualTo("AGR-201");
    assertThat(put.json().getJsonArray("learningOutcomes").getString(0))
        .isEqualTo("Reads a soil map");
    assertThat(instructorApi.send("GET", path, null).json()).isEqualTo(put.json());

    long notDelivered = moduleId("AGR-202");
    HttpAnswer bad = instructorApi.send("PUT", path, JsonText.of(Map.of("moduleId", notDelivered)));
    assertProblem(bad, 400, "invalid-input");
    assertThat(bad.json().getJsonObject("errors").keySet()).containsExactly("moduleId");
    assertProblem(instructorApi.send("PUT", path, "{}"), 400, "invalid-input");

    assertProblem(
        instructorApi.send("GET", linkPath(contextRef, 9_000_000_000_000_000L), null),
        404,
        "not-found");
    assertProblem(
        admin.send("GET", linkPath(contextRef, otherCourseLink()), null), 404, "not-found");

    AdminApi learner =
        AdminApi.withAuthorization(
            "Bearer " + launch(LtiRoles.LEARNER, courseId, linkId).sessionToken());
    assertProblem(learner.send("GET", path, null), 403, "forbidden");
    assertProblem(
        learner.send("PUT", path, JsonText.of(Map.of("moduleId", agr201))), 403, "forbidden");

    assertThat(instructorApi.send("DELETE", path, null).status()).isEqualTo(204);
    assertProblem(instructorApi.send("GET", path, null), 404, "not-found");
  }

  @Test
  void theLearnerSeesTheModuleOfTheLinkTheyLaunchedFrom() {
    long agr201 = deliver("AGR-201");
    instructor.get(PAGE);
    HttpAnswer chosen = instructor.post(PAGE + "/link", "moduleId", String.valueOf(agr201));
    assertThat(chosen.status()).as("%s", chosen).isEqualTo(303);
    assertThat(instructor.get(PAGE).body()).containsPattern("value=\"" + agr201 + "\"\\s+selected");

    Flow learner = launch(LtiRoles.LEARNER, courseId, linkId);
    HttpAnswer landing = PageClient.ofSession(learner.sessionToken()).get("/app");

    assertThat(landing.body())
        .contains("Module AGR-201")
        .contains("Credits: 5")
        .contains("Reads a soil map");
  }

  @Test
  void choosingAModuleTheCourseDoesNotDeliverIsA400() {
    deliver("AGR-201");
    instructor.get(PAGE);

    HttpAnswer refused =
        instructor.post(PAGE + "/link", "moduleId", String.valueOf(moduleId("AGR-202")));

    assertThat(refused.status()).as("%s", refused).isEqualTo(400);
    assertThat(refused.body()).contains("Choose one of the modules this course delivers.");
  }

  @Test
  void theInstructorLandingPageLinksToTheCoursePage() {
    assertThat(instructor.get("/app").body()).contains("href=\"/app/course/plan?kt=");
  }

  private long deliver(String code) {
    HttpAnswer delivered =
        instructorApi.send(
            "PUT",
            "/api/courses/" + contextRef + "/modules",
            JsonText.of(Map.of("modules", List.of(Map.of("programId", programId, "code", code)))));
    assertThat(delivered.status()).as("%s", delivered).isEqualTo(200);
    return moduleId(code);
  }

  /** A module's id: what GET …/modules answers once a (probe) course delivers it. */
  private long moduleId(String code) {
    String token = launch(LtiRoles.INSTRUCTOR, "probe-" + Unique.suffix(), "l").sessionToken();
    AdminApi probe = AdminApi.withAuthorization("Bearer " + token);
    long probeContext = Http.contextRef(token);
    HttpAnswer delivered =
        probe.send(
            "PUT",
            "/api/courses/" + probeContext + "/modules",
            JsonText.of(Map.of("modules", List.of(Map.of("programId", programId, "code", code)))));
    try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(delivered.body()))) {
      return reader.readArray().getJsonObject(0).getJsonNumber("moduleId").longValue();
    }
  }

  private long otherCourseLink() {
    String token = launch(LtiRoles.INSTRUCTOR, "other-" + Unique.suffix(), "other").sessionToken();
    return Http.me(token).json().getJsonObject("resourceLink").getJsonNumber("id").longValue();
  }

  @Test
  void theProgramSearchListsTheMatchesAndAlwaysTheProgramsTheCourseDelivers() {
    long other =
        Programs.aProgram()
            .code("MTH")
            .name("Mathematics")
            .withModules("MTH-101")
            .createIn(admin, universityId)
            .programId();
    Programs.deliver(admin, contextRef, other, "MTH-101");

    String found = instructor.get(PAGE + "?programs=agronomy").body();

    assertThat(found)
        .contains("value=\"" + programId + ":AGR-201\"")
        .containsPattern("value=\"" + other + ":MTH-101\"\\s+checked")
        .contains("id=\"find-program\"")
        .doesNotContain("No program with modules matches");
  }

  @Test
  void aSearchThatMatchesNothingSaysSoAndTakesLikeWildcardsLiterally() {
    String none = instructor.get(PAGE + "?programs=%25_%25").body();

    assertThat(none)
        .contains("No program with modules matches \u201c%_%\u201d")
        .doesNotContain("value=\"" + programId + ":AGR-201\"");
  }

  @Test
  void beyondFiftyMatchesThePageListsTheFirstFiftyAndSaysHowManyMatch() {
    for (int i = 0; i < 51; i++) {
      Programs.aProgram()
          .code(String.format("X%02d", i))
          .withModules("X-1")
          .createIn(admin, universityId);
    }

    String page = instructor.get(PAGE + "?programs=" + universityCode).body();

    // The course's own program AGR (2 modules) sorts first, then 49 of the 51 X programs.
    assertThat(page).contains("The first 50 of 52 programs are listed");
    assertThat(page.split("name=\"module\"", -1)).hasSize(2 + 49 + 1);
  }

  private long programWithModules(String... codes) {
    universityCode = "U-" + Unique.suffix();
    Programs programs = Programs.aProgram().university(universityCode, "Crop University");
    for (String code : codes) {
      Map<String, Object> module = Programs.module(code);
      module.put("learningOutcomes", List.of("Reads a soil map"));
      programs.withModule(module);
    }
    Programs.Created created = programs.create(admin);
    universityId = created.universityId();
    return created.programId();
  }
}
