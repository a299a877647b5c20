package it.kenes.admin;

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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Authority follows the institution (issue 9 §1, docs/security.md "Authority"): two universities A
 * and B, each with a program, a survey and an open round; a platform registered as serving A, with
 * a course that delivers A's module, its learner, instructor and administrator. Nothing of B may be
 * reached from A's platform: not by delivering B's module (the hole this closes), not by an
 * administrator of A, not by a learner of A. The world is built once for the class; tests only read
 * it or add rounds, and do not depend on each other's order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorityIT {

  private final AdminApi operator = AdminApi.asAdmin();
  private TestPlatform platformA;
  private long universityA;
  private long programA;
  private long programB;
  private long surveyA;
  private long surveyB;
  private long roundA;
  private long roundB;
  private long courseA;
  private AdminApi learnerA;
  private AdminApi instructorA;
  private AdminApi adminA;

  @BeforeAll
  void twoUniversitiesAndAPlatformOfA() {
    Programs.Created a =
        Programs.aProgram().universityName("University A").withModules("A-1").create(operator);
    Programs.Created b =
        Programs.aProgram().universityName("University B").withModules("B-1").create(operator);
    universityA = a.universityId();
    programA = a.programId();
    programB = b.programId();
    long instrument = created(operator.send("POST", "/api/admin/instruments", instrument()));
    surveyA = survey(instrument, programA);
    surveyB = survey(instrument, programB);
    roundA = round(operator, surveyA).json().getJsonArray("rounds").getJsonObject(0).getInt("id");
    roundB = round(operator, surveyB).json().getJsonArray("rounds").getJsonObject(0).getInt("id");

    platformA = TestPlatform.registerFor(universityA);
    String course = "course-" + Unique.suffix();
    instructorA = as(LtiRoles.INSTRUCTOR, course);
    courseA = Http.contextRef(token(instructorA));
    Programs.deliver(operator, courseA, programA, "A-1");
    learnerA = as(LtiRoles.LEARNER, course);
    adminA = as(LtiRoles.INSTITUTION_ADMINISTRATOR, "admin-" + Unique.suffix());
  }

  @AfterAll
  void closePlatform() {
    platformA.close();
  }

  @Test
  void sessionsCarryTheUniversityOfTheirPlatform() {
    HttpAnswer me = instructorA.send("GET", "/api/me", null);

    assertThat(me.json().getJsonNumber("universityId").longValue()).isEqualTo(universityA);
    assertThat(me.json().getBoolean("operator")).isFalse();
    assertThat(adminA.send("GET", "/api/me", null).json().getBoolean("operator")).isFalse();
  }

  @Test
  void anInstructorCannotDeliverAnotherUniversitysModuleNorReachItsSurvey() {
    assertProblem(instructorA.send("GET", "/api/surveys/" + surveyB, null), 403, "forbidden");

    HttpAnswer refused = instructorA.send("PUT", modules(), delivery(programB, "B-1"));
    HttpAnswer mixed =
        instructorA.send(
            "PUT",
            modules(),
            JsonText.of(
                Map.of(
                    "modules",
                    List.of(
                        Map.of("programId", programA, "code", "A-1"),
                        Map.of("programId", programB, "code", "B-1")))));

    assertProblem(refused, 400, "invalid-input");
    assertThat(refused.problemDetail()).contains("another university");
    assertProblem(mixed, 400, "invalid-input");
    assertThat(mixed.json().getJsonObject("errors").keySet()).containsExactly("modules[1]");
    assertThat(instructorA.send("GET", modules(), null).body())
        .contains("\"A-1\"")
        .doesNotContain("\"B-1\"");
    // and whatever the course delivers, B's survey stays out of reach
    String b = "/api/surveys/" + surveyB;
    assertProblem(instructorA.send("GET", b, null), 403, "forbidden");
    assertProblem(instructorA.send("GET", b + "/report", null), 403, "forbidden");
    assertProblem(export(instructorA, b + "/export/responses.csv"), 403, "forbidden");
    assertProblem(round(instructorA, surveyB), 403, "forbidden");
    assertProblem(
        instructorA.send(
            "POST",
            b + "/rounds/" + roundB + "/invitations",
            JsonText.of(Map.of("group", "employers", "maxUses", 5, "anonymous", false))),
        403,
        "forbidden");
  }

  @Test
  void theOperatorCannotMakeACourseDeliverAnotherUniversitysModuleEither() {
    assertProblem(operator.send("PUT", modules(), delivery(programB, "B-1")), 400, "invalid-input");
  }

  @Test
  void aLearnerOfASeesAndAnswersOnlyRoundsOfA() {
    HttpAnswer open = learnerA.send("GET", "/api/rounds", null);

    assertThat(open.status()).as("%s", open).isEqualTo(200);
    assertThat(open.body())
        .contains("\"roundId\":" + roundA + ",")
        .doesNotContain("\"roundId\":" + roundB + ",");
    assertProblem(learnerA.send("GET", "/api/rounds/" + roundB + "/form", null), 403, "forbidden");
  }

  @Test
  void anAdministratorOfAAdministersOnlyA() {
    assertProblem(adminA.send("GET", "/api/admin/programs/" + programB, null), 403, "forbidden");
    assertProblem(adminA.send("GET", "/api/surveys/" + surveyB, null), 403, "forbidden");
    assertProblem(
        adminA.send("GET", "/api/surveys/" + surveyB + "/report", null), 403, "forbidden");
    HttpAnswer programs = adminA.send("GET", "/api/admin/programs?limit=200", null);
    HttpAnswer surveys = adminA.send("GET", "/api/surveys?limit=200", null);

    assertThat(programs.body())
        .contains("\"id\":" + programA + ",")
        .doesNotContain("\"id\":" + programB + ",");
    assertThat(surveys.body())
        .contains("\"id\":" + surveyA + ",")
        .doesNotContain("\"id\":" + surveyB + ",");
    assertThat(adminA.send("GET", "/api/surveys/" + surveyA + "/report", null).status())
        .isEqualTo(200);
  }

  @Test
  void aRegistrationForAnUnknownUniversityIsRefused() {
    HttpAnswer unknown =
        operator.register(
            it.kenes.support.RegistrationBuilder.aRegistration()
                .with("universityId", 9_000_000_000_000_000L));

    assertProblem(unknown, 400, "invalid-input");
  }

  @Test
  void openEdxBefore11_1StaffMapToInstructorWhenTheRegistrationSaysSo() {
    try (TestPlatform openEdx =
        TestPlatform.register(
            r ->
                r.with("universityId", universityA)
                    .with("systemAdministratorAsInstructor", true))) {
      String token =
          openEdx
              .launchIntoCourse(
                  LtiRoles.SYSTEM_ADMINISTRATOR,
                  "staff-" + Unique.suffix(),
                  t -> t.roles(LtiRoles.SYSTEM_ADMINISTRATOR, LtiRoles.INSTITUTION_INSTRUCTOR))
              .sessionToken();

      assertThat(Http.me(token).json().getString("role")).isEqualTo("instructor");
    }
  }

  @Test
  void anAdministratorOfTheInstallationsOwnRegistrationIsTheOperator() {
    try (TestPlatform own =
        TestPlatform.register(r -> r.with("universityId", universityA).with("operator", true))) {
      AdminApi admin =
          AdminApi.withAuthorization(
              "Bearer "
                  + own.launchIntoCourse(
                          LtiRoles.INSTITUTION_ADMINISTRATOR, "own-" + Unique.suffix())
                      .sessionToken());

      assertThat(admin.send("GET", "/api/me", null).json().getBoolean("operator")).isTrue();
      assertThat(admin.send("GET", "/api/admin/platforms", null).status()).isEqualTo(200);
      assertThat(admin.send("GET", "/api/surveys/" + surveyB, null).status()).isEqualTo(200);
    }
  }

  @ParameterizedTest(name = "{2} {0} {1} -> {3}")
  @MethodSource("matrix")
  void everyStaffEndpointAnswersEachRoleAsTheTableSays(
      String method, String path, String role, int expected) {
    AdminApi caller =
        switch (role) {
          case "learner" -> learnerA;
          case "instructor" -> instructorA;
          case "admin" -> adminA;
          case "operator" -> operator;
          default -> throw new IllegalArgumentException(role);
        };
    String body = method.equals("GET") ? null : bodyFor(path);

    HttpAnswer answer =
        path.endsWith(".csv")
            ? export(caller, resolve(path))
            : caller.send(method, resolve(path), body);

    assertThat(answer.status())
        .as("%s %s as %s: %s", method, path, role, answer)
        .isEqualTo(expected);
  }

  /**
   * (method, path, role, status). {@code {A}} and {@code {B}} are the surveys of A and B, {@code
   * {pA}}, {@code {pB}} their programs, {@code {course}} A's course, {@code {uA}} university A.
   */
  static Stream<Arguments> matrix() {
    return Stream.<Stream<Arguments>>of(
            // the surveys of A: instructors of a delivering course and administrators of A
            row("GET", "/api/surveys/{A}", 403, 200, 200, 200),
            row("GET", "/api/surveys/{A}/report", 403, 200, 200, 200),
            row("GET", "/api/surveys/{A}/export/responses.csv", 403, 200, 200, 200),
            row("POST", "/api/surveys/{A}/rounds", 403, 201, 201, 201),
            // the surveys of B: the operator only
            row("GET", "/api/surveys/{B}", 403, 403, 403, 200),
            row("GET", "/api/surveys/{B}/report", 403, 403, 403, 200),
            row("GET", "/api/surveys/{B}/export/responses.csv", 403, 403, 403, 200),
            row("GET", "/api/surveys/{B}/export/codebook.csv", 403, 403, 403, 200),
            row("POST", "/api/surveys/{B}/rounds", 403, 403, 403, 201),
            // programs: administrators of their university, the operator all
            row("GET", "/api/admin/programs/{pA}", 403, 403, 200, 200),
            row("GET", "/api/admin/programs/{pB}", 403, 403, 403, 200),
            row("GET", "/api/admin/programs/{pB}/modules", 403, 403, 403, 200),
            row("GET", "/api/admin/programs/{pB}/export", 403, 403, 403, 200),
            row("GET", "/api/admin/universities/{uA}", 403, 403, 200, 200),
            // the course of A: its instructor, A's administrators, the operator
            row("GET", "/api/courses/{course}/modules", 403, 200, 200, 200),
            // the installation's: the operator only
            row("GET", "/api/admin/platforms", 403, 403, 403, 200),
            row("POST", "/api/admin/universities", 403, 403, 403, 400))
        .flatMap(rows -> rows);
  }

  private static Stream<Arguments> row(
      String method, String path, int learner, int instructor, int admin, int operator) {
    return Stream.of(
        Arguments.of(method, path, "learner", learner),
        Arguments.of(method, path, "instructor", instructor),
        Arguments.of(method, path, "admin", admin),
        Arguments.of(method, path, "operator", operator));
  }

  private String resolve(String path) {
    return path.replace("{A}", String.valueOf(surveyA))
        .replace("{B}", String.valueOf(surveyB))
        .replace("{pA}", String.valueOf(programA))
        .replace("{pB}", String.valueOf(programB))
        .replace("{uA}", String.valueOf(universityA))
        .replace("{course}", String.valueOf(courseA));
  }

  private static String bodyFor(String path) {
    return path.endsWith("/rounds") ? roundJson() : "{}";
  }

  /** A GET of an export: a CSV file, or a problem when refused. */
  private static HttpAnswer export(AdminApi caller, String path) {
    return Http.get(
        path,
        "Accept",
        "text/csv, application/problem+json",
        "Authorization",
        caller.authorization());
  }

  private String modules() {
    return "/api/courses/" + courseA + "/modules";
  }

  private static String delivery(long programId, String code) {
    return JsonText.of(Map.of("modules", List.of(Map.of("programId", programId, "code", code))));
  }

  private AdminApi as(String role, String course) {
    return AdminApi.withAuthorization(
        "Bearer " + platformA.launchIntoCourse(role, course).sessionToken());
  }

  private static String token(AdminApi session) {
    return session.authorization().substring("Bearer ".length());
  }

  private long survey(long instrument, long program) {
    return created(
        operator.send(
            "POST",
            "/api/surveys",
            JsonText.of(
                Map.of(
                    "title", "Authority " + Unique.suffix(),
                    "instrumentId", instrument,
                    "programId", program))));
  }

  private static HttpAnswer round(AdminApi caller, long survey) {
    return caller.send("POST", "/api/surveys/" + survey + "/rounds", roundJson());
  }

  private static String roundJson() {
    return JsonText.of(
        Map.of(
            "kind",
            "baseline",
            "label",
            "Round " + Unique.suffix(),
            "closesAt",
            Instant.now().plus(Duration.ofDays(30)).toString()));
  }

  private static long created(HttpAnswer answer) {
    assertThat(answer.status()).as("%s", answer).isEqualTo(201);
    return answer.json().getJsonNumber("id").longValue();
  }

  private static String instrument() {
    Map<String, String> text = Map.of("kk", "kk", "ru", "ru", "en", "Satisfaction");
    return JsonText.of(
        Map.of(
            "code",
            "auth-" + Unique.suffix(),
            "title",
            text,
            "levels",
            Map.of("highFrom", 2.5, "dissatisfiedBelow", 1.5),
            "items",
            List.of(
                Map.of("code", "Q1", "kind", "scale", "reversed", false, "text", text),
                Map.of("code", "Q2", "kind", "scale", "reversed", false, "text", text))));
  }
}
