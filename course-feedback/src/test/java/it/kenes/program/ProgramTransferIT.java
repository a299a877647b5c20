package it.kenes.program;

import static it.kenes.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.HttpAnswer;
import it.kenes.support.Kenes;
import it.kenes.support.Programs;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Export and import of a program with its modules as JSON, over HTTP. */
class ProgramTransferIT {

  private final AdminApi admin = AdminApi.asAdmin();
  private long programId;
  private long universityId;

  @BeforeEach
  void openAProgramWithTwoModules() {
    Programs program = Programs.aProgram().languages("kk", "ru");
    for (String code : List.of("AGR-101", "AGR-102")) {
      Map<String, Object> module = Programs.module(code);
      module.put("competencies", List.of("C " + code));
      module.put("lessons", List.of(Map.of("title", "L1", "steps", List.of("Video"))));
      program.withModule(module);
    }
    Programs.Created created = program.create(admin);
    universityId = created.universityId();
    programId = created.programId();
  }

  private JsonObject export() {
    HttpAnswer answer = admin.send("GET", "/api/admin/programs/" + programId + "/export", null);
    assertThat(answer.status()).as("%s", answer).isEqualTo(200);
    return answer.json();
  }

  private HttpAnswer importing(JsonObject document, String query) {
    return admin.send("POST", "/api/admin/programs/import" + query, document.toString());
  }

  private static JsonObject withProgram(JsonObject document, String key, String value) {
    JsonObject program =
        Json.createObjectBuilder(document.getJsonObject("program")).add(key, value).build();
    return Json.createObjectBuilder(document).add("program", program).build();
  }

  @Test
  void exportsTheProgramWithItsModules() {
    JsonObject document = export();

    assertThat(document.getString("format")).isEqualTo("kenes-program/1");
    assertThat(document.getJsonObject("program").getString("code")).isEqualTo("AGR");
    assertThat(document.getJsonArray("modules")).hasSize(2);
    assertThat(document.getJsonArray("modules").getJsonObject(1).getString("code"))
        .isEqualTo("AGR-102");
  }

  @Test
  void importsAnExportUnderANewCodeAndExportsTheSameModules() {
    JsonObject document = withProgram(export(), "code", "AGR-COPY");

    HttpAnswer imported = importing(document, "");

    assertThat(imported.status()).as("%s", imported).isEqualTo(201);
    long copyId = imported.json().getJsonNumber("id").longValue();
    assertThat(imported.location()).hasValue(Kenes.url("/api/admin/programs/" + copyId));
    JsonObject copy = admin.send("GET", "/api/admin/programs/" + copyId + "/export", null).json();
    assertThat(copy.getJsonArray("modules")).isEqualTo(document.getJsonArray("modules"));
  }

  @Test
  void refusesAnExistingCodeUnlessReplaceAndThenVersionsChangedModules() {
    JsonObject document = withProgram(export(), "name", "Agronomy revised");
    JsonObject module =
        Json.createObjectBuilder(document.getJsonArray("modules").getJsonObject(0))
            .add("title", "Soil Science revised")
            .build();
    JsonObject changed =
        Json.createObjectBuilder(document)
            .add(
                "modules",
                Json.createArrayBuilder()
                    .add(module)
                    .add(document.getJsonArray("modules").getJsonObject(1)))
            .build();

    assertProblem(importing(changed, ""), 409, "conflict");
    HttpAnswer replaced = importing(changed, "?replace=true");

    assertThat(replaced.status()).as("%s", replaced).isEqualTo(200);
    assertThat(replaced.json().getString("name")).isEqualTo("Agronomy revised");
    String modules = "/api/admin/programs/" + programId + "/modules/";
    assertThat(admin.send("GET", modules + "AGR-101", null).json().getInt("version")).isEqualTo(2);
    assertThat(admin.send("GET", modules + "AGR-102", null).json().getInt("version")).isEqualTo(1);
  }

  @Test
  void validatesTheWholeDocumentBeforeStoringAnything() {
    JsonObject document = withProgram(export(), "code", "AGR-BAD");
    JsonObject badModule =
        Json.createObjectBuilder(document.getJsonArray("modules").getJsonObject(1))
            .add("credits", 0)
            .build();
    JsonObject bad =
        Json.createObjectBuilder(document)
            .add(
                "modules",
                Json.createArrayBuilder()
                    .add(document.getJsonArray("modules").getJsonObject(0))
                    .add(badModule))
            .build();

    HttpAnswer answer = importing(bad, "");

    assertProblem(answer, 400, "invalid-input");
    assertThat(answer.json().getJsonObject("errors").keySet())
        .containsExactly("modules[1].credits");
    assertProblem(importing(withProgram(document, "level", "phd"), ""), 400, "invalid-input");
    HttpAnswer list = admin.send("GET", "/api/admin/programs?university=" + universityId, null);
    assertThat(list.json().getInt("total")).isEqualTo(1);
  }

  @Test
  void refusesCallersWithoutTheAdminToken() {
    assertProblem(
        AdminApi.withAuthorization(null)
            .send("GET", "/api/admin/programs/" + programId + "/export", null),
        401,
        "unauthorized");
  }
}
