package it.kenes.program;

import static it.kenes.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.Kenes;
import it.kenes.support.Programs;
import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Versioned modules of a program over HTTP: a change is a new version, old ones stay. */
class ModuleAdminIT {

  private final AdminApi admin = AdminApi.asAdmin();
  private String modules;

  @BeforeEach
  void openAProgram() {
    modules = Programs.aProgram().create(admin).modulesPath();
  }

  private static Map<String, Object> module(String title, String competency) {
    Map<String, Object> module = new LinkedHashMap<>();
    module.put("code", "AGR-101");
    module.put("title", title);
    module.put("credits", 5);
    module.put("competencies", List.of(competency));
    module.put("learningOutcomes", List.of("Reads a soil map"));
    module.put(
        "lessons", List.of(Map.of("title", "Soil types", "steps", List.of("Video", "Quiz"))));
    return module;
  }

  @Test
  void addsAModuleAsVersionOneWith201AndLocation() {
    HttpAnswer created = admin.send("POST", modules, JsonText.of(module("Soil Science", "C1")));

    assertThat(created.status()).as("%s", created).isEqualTo(201);
    assertThat(created.location()).hasValue(Kenes.url(modules + "/AGR-101"));
    JsonObject body = created.json();
    assertThat(body.getInt("version")).isEqualTo(1);
    assertThat(body.getInt("hours")).isEqualTo(150);
    assertThat(body.getJsonArray("lessons").getJsonObject(0).getString("title"))
        .isEqualTo("Soil types");
    assertThat(admin.send("GET", modules + "/AGR-101", null).json()).isEqualTo(body);
  }

  @Test
  void aChangeIsANewVersionAndTheOldOneStaysReadable() {
    admin.send("POST", modules, JsonText.of(module("Soil Science", "C1")));

    HttpAnswer revised =
        admin.send("PUT", modules + "/AGR-101", JsonText.of(module("Soil Science II", "C2")));

    assertThat(revised.status()).as("%s", revised).isEqualTo(200);
    assertThat(revised.json().getInt("version")).isEqualTo(2);
    assertThat(admin.send("GET", modules + "/AGR-101", null).json().getString("title"))
        .isEqualTo("Soil Science II");
    JsonObject first = admin.send("GET", modules + "/AGR-101/versions/1", null).json();
    assertThat(first.getString("title")).isEqualTo("Soil Science");
    assertThat(first.getJsonArray("competencies").getString(0)).isEqualTo("C1");
    assertThat(first.getInt("currentVersion")).isEqualTo(2);
    assertProblem(admin.send("GET", modules + "/AGR-101/versions/3", null), 404, "not-found");
  }

  @Test
  void aRevisionThatChangesNothingKeepsTheVersion() {
    admin.send("POST", modules, JsonText.of(module("Soil Science", "C1")));

    HttpAnswer same =
        admin.send("PUT", modules + "/AGR-101", JsonText.of(module("Soil Science", "C1")));

    assertThat(same.json().getInt("version")).isEqualTo(1);
  }

  @Test
  void refusesADuplicateCodeABadFieldAndAnUnknownModule() {
    admin.send("POST", modules, JsonText.of(module("Soil Science", "C1")));

    assertProblem(admin.send("POST", modules, JsonText.of(module("Again", "C1"))), 409, "conflict");
    Map<String, Object> bad = module("Soil", "C1");
    bad.put("credits", 0);
    HttpAnswer answer = admin.send("PUT", modules + "/AGR-101", JsonText.of(bad));
    assertProblem(answer, 400, "invalid-input");
    assertThat(answer.json().getJsonObject("errors").keySet()).containsExactly("credits");
    assertProblem(admin.send("GET", modules + "/NOPE", null), 404, "not-found");
  }

  @Test
  void refusesCallersWithoutTheAdminToken() {
    assertProblem(AdminApi.withAuthorization(null).send("GET", modules, null), 401, "unauthorized");
  }
}
