package it.kenes.program;

import static it.kenes.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.Flow;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.LtiRoles;
import it.kenes.support.TestPlatform;
import it.kenes.support.Unique;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.lti.LtiClaims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A course's plan and delivered modules: who may read and write them, over HTTP. */
class CoursePlanIT {

  private final AdminApi admin = AdminApi.asAdmin();
  private TestPlatform platform;
  private String courseId;
  private AdminApi instructor;
  private long contextRef;

  @BeforeEach
  void launchAnInstructor() {
    platform = TestPlatform.register();
    courseId = "course-" + Unique.suffix();
    String token = launch(LtiRoles.INSTRUCTOR, courseId).sessionToken();
    instructor = AdminApi.withAuthorization("Bearer " + token);
    HttpAnswer me = Http.me(token);
    contextRef = me.json().getJsonObject("context").getJsonNumber("id").longValue();
  }

  @AfterEach
  void closePlatform() {
    platform.close();
  }

  private Flow launch(String role, String course) {
    return platform.completeFlow(
        token ->
            token
                .roles(role)
                .with(LtiClaims.CONTEXT, Map.of("id", course, "title", "Crop Production")));
  }

  private static Map<String, Object> plan(String title) {
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put("title", title);
    plan.put("discipline", "Crop Production Technology");
    plan.put("trainingDirection", "Agronomy");
    plan.put("purpose", "Grow crops sustainably");
    plan.put("formats", List.of("video lectures", "quizzes"));
    plan.put(
        "weeks", List.of(Map.of("week", 1, "topic", "Soils"), Map.of("week", 2, "topic", "Seeds")));
    plan.put("competencies", List.of("Plans a crop rotation"));
    plan.put("learningOutcomes", List.of("Chooses a seed rate"));
    plan.put("authors", List.of("N. Abenov"));
    plan.put("prerequisites", List.of("AGR-101"));
    return plan;
  }

  private String path(String what) {
    return "/api/courses/" + contextRef + "/" + what;
  }

  @Test
  void theInstructorWritesAndReadsThePlanOfTheirCourse() {
    assertProblem(instructor.send("GET", path("plan"), null), 404, "not-found");

    HttpAnswer written = instructor.send("PUT", path("plan"), JsonText.of(plan("Crops")));

    assertThat(written.status()).as("%s", written).isEqualTo(200);
    assertThat(written.json().getJsonArray("weeks").getJsonObject(1).getString("topic"))
        .isEqualTo("Seeds");
    HttpAnswer read = instructor.send("GET", path("plan"), null);
    assertThat(read.json()).isEqualTo(written.json());
    HttpAnswer rewritten = admin.send("PUT", path("plan"), JsonText.of(plan("Crops II")));
    assertThat(rewritten.json().getString("title")).isEqualTo("Crops II");
  }

  @Test
  void refusesABadPlanWithA400NamingTheField() {
    Map<String, Object> bad = plan("Crops");
    bad.put("weeks", List.of(Map.of("week", 2, "topic", "Seeds")));

    HttpAnswer answer = instructor.send("PUT", path("plan"), JsonText.of(bad));

    assertProblem(answer, 400, "invalid-input");
    assertThat(answer.json().getJsonObject("errors").keySet()).containsExactly("weeks[0].week");
  }

  @Test
  void refusesLearnersOtherCoursesInstructorsAndAnonymousCallers() {
    AdminApi learner =
        AdminApi.withAuthorization("Bearer " + launch(LtiRoles.LEARNER, courseId).sessionToken());
    AdminApi otherInstructor =
        AdminApi.withAuthorization(
            "Bearer " + launch(LtiRoles.INSTRUCTOR, "other-" + Unique.suffix()).sessionToken());

    assertProblem(learner.send("GET", path("plan"), null), 403, "forbidden");
    assertProblem(learner.send("PUT", path("modules"), "{\"modules\":[]}"), 403, "forbidden");
    assertProblem(otherInstructor.send("GET", path("plan"), null), 403, "forbidden");
    assertProblem(
        AdminApi.withAuthorization(null).send("GET", path("plan"), null), 401, "unauthorized");
  }

  @Test
  void theInstructorLinksTheCourseToProgramModules() {
    long programId = programWithModules("AGR-201", "AGR-202");
    String body =
        JsonText.of(
            Map.of(
                "modules",
                List.of(
                    Map.of("programId", programId, "code", "AGR-202"),
                    Map.of("programId", programId, "code", "AGR-201"))));

    HttpAnswer linked = instructor.send("PUT", path("modules"), body);

    assertThat(linked.status()).as("%s", linked).isEqualTo(200);
    assertThat(linked.body()).contains("\"AGR-201\"", "\"AGR-202\"");
    assertThat(instructor.send("GET", path("modules"), null).body()).isEqualTo(linked.body());
    String unknown =
        JsonText.of(Map.of("modules", List.of(Map.of("programId", programId, "code", "NOPE"))));
    assertProblem(instructor.send("PUT", path("modules"), unknown), 404, "not-found");
  }

  @Test
  void anAdminGetsA404ForAnUnknownCourse() {
    assertProblem(admin.send("GET", "/api/courses/9000000000000000/plan", null), 404, "not-found");
  }

  private long programWithModules(String... codes) {
    HttpAnswer university =
        admin.send(
            "POST",
            "/api/admin/universities",
            JsonText.of(Map.of("code", "U-" + Unique.suffix(), "name", "Test University")));
    Map<String, Object> program = new LinkedHashMap<>();
    program.put("universityId", university.json().getJsonNumber("id").longValue());
    program.put("code", "AGR");
    program.put("name", "Agronomy");
    program.put("field", "Agriculture and veterinary");
    program.put("level", "bachelor");
    program.put("languages", List.of("kk"));
    long id =
        admin
            .send("POST", "/api/admin/programs", JsonText.of(program))
            .json()
            .getJsonNumber("id")
            .longValue();
    for (String code : codes) {
      admin.send(
          "POST",
          "/api/admin/programs/" + id + "/modules",
          JsonText.of(Map.of("code", code, "title", "Module " + code, "credits", 5)));
    }
    return id;
  }
}
