package it.kenes.survey;

import static it.kenes.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.LtiRoles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Survey instruments over HTTP: authoring, versions, the starter library, who may. */
class InstrumentApiIT {

  private final SurveyFixture world = new SurveyFixture();
  private final AdminApi admin = world.admin;

  @AfterEach
  void close() {
    world.close();
  }

  private String path() {
    return "/api/admin/instruments/" + world.instrumentId;
  }

  @Test
  void createsAnInstrumentAtVersionOneAndReadsItBack() {
    HttpAnswer read = admin.send("GET", path(), null);

    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().getInt("currentVersion")).isEqualTo(1);
    assertThat(read.json().getJsonObject("definition").getJsonArray("items")).hasSize(5);
    assertThat(
            read.json()
                .getJsonObject("definition")
                .getJsonArray("items")
                .getJsonObject(1)
                .getBoolean("reversed"))
        .isTrue();
  }

  @Test
  void refusesADuplicateCodeWithA409() {
    assertProblem(
        admin.send("POST", "/api/admin/instruments", JsonText.of(world.instrument())),
        409,
        "conflict");
  }

  @Test
  void refusesABadInstrumentNamingEveryFieldAtFault() {
    Map<String, Object> bad = new LinkedHashMap<>(world.instrument());
    bad.put("code", "bad code");
    bad.put(
        "items",
        List.of(
            Map.of("code", "Q1", "kind", "likert", "text", SurveyFixture.text("x")),
            Map.of("code", "Q2", "kind", "scale", "text", Map.of("kk", "", "ru", "r", "en", "e"))));

    HttpAnswer answer = admin.send("POST", "/api/admin/instruments", JsonText.of(bad));

    assertProblem(answer, 400, "invalid-input");
    assertThat(answer.json().getJsonObject("errors").keySet())
        .containsExactlyInAnyOrder("code", "items[0].kind", "items[1].text.kk");
  }

  @Test
  void anEditBeforeAnyResponseRewritesTheCurrentVersion() {
    Map<String, Object> edited = new LinkedHashMap<>(world.instrument());
    edited.put("title", SurveyFixture.text("Renamed"));

    HttpAnswer answer = admin.send("PUT", path(), JsonText.of(edited));

    assertThat(answer.status()).as("%s", answer).isEqualTo(200);
    assertThat(answer.json().getInt("currentVersion")).isEqualTo(1);
    assertThat(answer.json().getJsonObject("definition").getJsonObject("title").getString("en"))
        .isEqualTo("Renamed");
  }

  @Test
  void anEditAfterAResponseMakesANewVersionAndTheOldOneStaysReadable() {
    world.withSurvey();
    long round = world.openRound("baseline");
    HttpAnswer submitted =
        world
            .learner()
            .send(
                "POST",
                "/api/rounds/" + round + "/response",
                JsonText.of(Map.of("answers", SurveyFixture.completeAnswers(3, 1, 2))));
    assertThat(submitted.status()).as("%s", submitted).isEqualTo(201);
    Map<String, Object> edited = new LinkedHashMap<>(world.instrument());
    edited.put("title", SurveyFixture.text("Second edition"));

    HttpAnswer answer = admin.send("PUT", path(), JsonText.of(edited));

    assertThat(answer.json().getInt("currentVersion")).isEqualTo(2);
    HttpAnswer first = admin.send("GET", path() + "/versions/1", null);
    assertThat(first.json().getJsonObject("definition").getJsonObject("title").getString("en"))
        .isEqualTo("Satisfaction");
    assertProblem(admin.send("GET", path() + "/versions/9", null), 404, "not-found");
  }

  @Test
  void theCodeOfAnInstrumentCannotChange() {
    Map<String, Object> edited = new LinkedHashMap<>(world.instrument());
    edited.put("code", "another-code");

    HttpAnswer answer = admin.send("PUT", path(), JsonText.of(edited));

    assertProblem(answer, 400, "invalid-input");
    assertThat(answer.json().getJsonObject("errors").keySet()).containsExactly("code");
  }

  @Test
  void offersTheStarterLibraryInThreeLanguagesAndInstallsFromIt() {
    HttpAnswer library = admin.send("GET", "/api/admin/instruments/library", null);
    assertThat(library.status()).isEqualTo(200);
    var starters =
        jakarta.json.Json.createReader(new java.io.StringReader(library.body())).readArray();
    assertThat(starters).hasSizeGreaterThanOrEqualTo(4);
    for (var starter : starters) {
      var title = starter.asJsonObject().getJsonObject("title");
      assertThat(List.of(title.getString("kk"), title.getString("ru"), title.getString("en")))
          .allSatisfy(t -> assertThat(t).isNotBlank());
    }

    HttpAnswer installed =
        admin.send("POST", "/api/admin/instruments/library/program-satisfaction-graduates", null);
    assertThat(installed.status()).as("%s", installed).isIn(201, 409);
    assertProblem(
        admin.send("POST", "/api/admin/instruments/library/no-such-instrument", null),
        404,
        "not-found");
  }

  @Test
  void onlyAdministratorsAuthorInstruments() {
    AdminApi learner = world.as(LtiRoles.LEARNER, world.courseId);
    AdminApi instructor = world.as(LtiRoles.INSTRUCTOR, world.courseId);

    assertProblem(learner.send("GET", "/api/admin/instruments", null), 403, "forbidden");
    assertProblem(
        instructor.send("PUT", path(), JsonText.of(world.instrument())), 403, "forbidden");
    assertProblem(
        AdminApi.withAuthorization(null).send("GET", "/api/admin/instruments", null),
        401,
        "unauthorized");
  }
}
