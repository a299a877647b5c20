package it.kenes.program;

import static it.kenes.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.Flow;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.Kenes;
import it.kenes.support.LtiRoles;
import it.kenes.support.Programs;
import it.kenes.support.TestPlatform;
import it.kenes.support.Unique;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The admin API for universities and programs, over HTTP against the running server. */
class ProgramAdminIT {

  private final AdminApi admin = AdminApi.asAdmin();
  private long universityId;
  private String field;

  @BeforeEach
  void registerAUniversity() {
    universityId = Programs.university(admin, "U-" + Unique.suffix(), "Test University");
    field = "Field " + Unique.suffix();
  }

  private Map<String, Object> program(String code) {
    Map<String, Object> program = new LinkedHashMap<>();
    program.put("universityId", universityId);
    program.put("code", code);
    program.put("name", "Agronomy");
    program.put("field", field);
    program.put("level", "master");
    program.put("languages", List.of("en", "kk"));
    return program;
  }

  private HttpAnswer open(Map<String, Object> program) {
    return admin.send("POST", "/api/admin/programs", JsonText.of(program));
  }

  @Test
  void opensAProgramWith201LocationAndServesItThere() {
    HttpAnswer created = open(program("AGR"));

    assertThat(created.status()).as("%s", created).isEqualTo(201);
    JsonObject body = created.json();
    long id = body.getJsonNumber("id").longValue();
    assertThat(created.location()).hasValue(Kenes.url("/api/admin/programs/" + id));
    assertThat(body.getString("code")).isEqualTo("AGR");
    assertThat(body.getString("level")).isEqualTo("master");
    assertThat(languages(body)).containsExactly("kk", "en");
    assertThat(body.getJsonNumber("universityId").longValue()).isEqualTo(universityId);

    HttpAnswer read = admin.send("GET", "/api/admin/programs/" + id, null);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json()).isEqualTo(body);
  }

  @Test
  void refusesASecondProgramWithTheSameCodeInTheUniversity() {
    open(program("AGR"));

    assertProblem(open(program("AGR")), 409, "conflict");
  }

  @ParameterizedTest
  @ValueSource(strings = {"universityId", "code", "name", "field", "level", "languages"})
  void refusesAMissingFieldWithA400NamingIt(String missing) {
    Map<String, Object> program = program("AGR");
    program.remove(missing);

    HttpAnswer answer = open(program);

    assertProblem(answer, 400, "invalid-input");
    assertThat(answer.json().getJsonObject("errors").keySet()).containsExactly(missing);
  }

  @Test
  void listsProgramsOfOneUniversityAndField() {
    open(program("B"));
    open(program("A"));
    Map<String, Object> other = program("C");
    other.put("field", "Other " + Unique.suffix());
    open(other);

    HttpAnswer page =
        admin.send(
            "GET",
            "/api/admin/programs?university="
                + universityId
                + "&field="
                + java.net.URLEncoder.encode(field, java.nio.charset.StandardCharsets.UTF_8),
            null);

    assertThat(page.status()).as("%s", page).isEqualTo(200);
    assertThat(page.json().getInt("total")).isEqualTo(2);
    assertThat(
            page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("code")))
        .containsExactly("A", "B");
  }

  @Test
  void describesAProgramAnewAndRemovesIt() {
    long id = open(program("AGR")).json().getJsonNumber("id").longValue();
    Map<String, Object> changed = program("AGR-2");
    changed.put("level", "doctorate");
    changed.put("languages", List.of("ru"));

    HttpAnswer replaced = admin.send("PUT", "/api/admin/programs/" + id, JsonText.of(changed));

    assertThat(replaced.status()).as("%s", replaced).isEqualTo(200);
    assertThat(replaced.json().getString("code")).isEqualTo("AGR-2");
    assertThat(replaced.json().getString("level")).isEqualTo("doctorate");
    assertThat(languages(replaced.json())).containsExactly("ru");

    assertThat(admin.send("DELETE", "/api/admin/programs/" + id, null).status()).isEqualTo(204);
    assertProblem(admin.send("GET", "/api/admin/programs/" + id, null), 404, "not-found");
  }

  @Test
  void refusesRenamingToACodeTakenInTheUniversity() {
    open(program("TAKEN"));
    long id = open(program("FREE")).json().getJsonNumber("id").longValue();

    HttpAnswer answer =
        admin.send("PUT", "/api/admin/programs/" + id, JsonText.of(program("TAKEN")));

    assertProblem(answer, 409, "conflict");
  }

  @Test
  void refusesCallersWithoutTheAdminToken() {
    AdminApi anonymous = AdminApi.withAuthorization(null);
    AdminApi wrong = AdminApi.withAuthorization("Bearer not-the-admin-token");

    assertProblem(anonymous.send("GET", "/api/admin/programs", null), 401, "unauthorized");
    assertProblem(wrong.send("POST", "/api/admin/programs", "{}"), 401, "unauthorized");
    assertProblem(anonymous.send("GET", "/api/admin/universities", null), 401, "unauthorized");
  }

  @Test
  void refusesALearnerSession() {
    try (TestPlatform platform = TestPlatform.register()) {
      Flow flow = platform.completeFlow(token -> token.roles(LtiRoles.LEARNER));
      AdminApi learner = AdminApi.withAuthorization("Bearer " + flow.sessionToken());

      assertProblem(learner.send("GET", "/api/admin/programs", null), 403, "forbidden");
      assertProblem(
          learner.send("POST", "/api/admin/programs", JsonText.of(program("L"))), 403, "forbidden");
    }
  }

  private static List<String> languages(JsonObject program) {
    return program.getJsonArray("languages").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }
}
