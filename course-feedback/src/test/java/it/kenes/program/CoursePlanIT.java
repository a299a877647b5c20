package it.kenes.program;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  private long universityId;

  @BeforeEach
  void launchAnInstructor() {
    universityId = Programs.university(admin, "U-" + Unique.suffix(), "Plan University");
    platform = TestPlatform.registerFor(universityId);
    courseId = "course-" + Unique.suffix();
    String token = platform.launchIntoCourse(LtiRoles.INSTRUCTOR, courseId).sessionToken();
    instructor = AdminApi.withAuthorization("Bearer " + token);
    contextRef = Http.contextRef(token);
  }

  @AfterEach
  void closePlatform() {
    platform.close();
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
        AdminApi.withAuthorization(
            "Bearer " + platform.launchIntoCourse(LtiRoles.LEARNER, courseId).sessionToken());
    AdminApi otherInstructor =
        AdminApi.withAuthorization(
            "Bearer "
                + platform
                    .launchIntoCourse(LtiRoles.INSTRUCTOR, "other-" + Unique.suffix())
                    .sessionToken());

    assertProblem(learner.send("GET", path("plan"), null), 403, "forbidden");
    assertProblem(learner.send("PUT", path("modules"), "{\"modules\":[]}"), 403, "forbidden");
    assertProblem(otherInstructor.send("GET", path("plan"), null), 403, "forbidden");
    assertProblem(
        AdminApi.withAuthorization(null).send("GET", path("plan"), null), 401, "unauthorized");
  }

  @Test
  void theInstructorLinksTheCourseToProgramModules() {
    long programId =
        Programs.aProgram()
            .withModules("AGR-201", "AGR-202")
            .createIn(admin, universityId)
            .programId();
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
}
