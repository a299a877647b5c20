package it.kenes.crowdsourcing;

import static it.kenes.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.Flow;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.LtiRoles;
import it.kenes.support.Programs;
import it.kenes.support.TestPlatform;
import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Program revision records over HTTP: a draft collects changes, applying it writes the module
 * versions and seals it into the program's chain; sealed records refuse every edit; history per
 * program and module, the diff between versions, and refusals as problem+json.
 */
class RevisionApiIT {

  private final AdminApi admin = AdminApi.asAdmin();
  private long programId;
  private String programPath;

  @BeforeEach
  void openAProgramWithAModule() {
    it.kenes.support.Kenes.awaitReady();
    programId = Programs.aProgram().withModules("AGR-101", "AGR-102").create(admin).programId();
    programPath = "/api/admin/programs/" + programId;
  }

  private long openRevision(String title) {
    HttpAnswer opened =
        admin.send(
            "POST",
            programPath + "/revisions",
            JsonText.of(Map.of("title", title, "summary", "From campaign 1")));
    assertThat(opened.status()).as("%s", opened).isEqualTo(201);
    assertThat(opened.json().getString("status")).isEqualTo("draft");
    return opened.json().getJsonNumber("id").longValue();
  }

  private HttpAnswer addChange(long revision, Map<String, Object> change) {
    return admin.send("POST", "/api/admin/revisions/" + revision + "/changes", JsonText.of(change));
  }

  private static Map<String, Object> competencies(String code, String... competencies) {
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("kind", "competencies");
    change.put("moduleCode", code);
    change.put("competencies", List.of(competencies));
    change.put("approvedBy", "Expert panel");
    change.put("approvedAt", "2026-01-15T09:00:00Z");
    return change;
  }

  @Test
  void applyingARevisionWritesModuleVersionsAndSealsTheRecord() {
    long revision = openRevision("Spring revision");
    assertThat(addChange(revision, competencies("AGR-101", "Assesses soil fertility")).status())
        .isEqualTo(200);
    Map<String, Object> added = new LinkedHashMap<>();
    added.put("kind", "new-module");
    added.put("moduleCode", "AGR-150");
    added.put("title", "Drones in agriculture");
    added.put("credits", 3);
    assertThat(addChange(revision, added).status()).isEqualTo(200);

    HttpAnswer applied = admin.send("POST", "/api/admin/revisions/" + revision + "/apply", "");

    assertThat(applied.status()).as("%s", applied).isEqualTo(200);
    JsonObject sealed = applied.json();
    assertThat(sealed.getString("status")).isEqualTo("sealed");
    assertThat(sealed.getInt("position")).isEqualTo(1);
    assertThat(sealed.getString("previousHash")).isEqualTo("0".repeat(64));
    assertThat(sealed.getString("recordHash")).hasSize(64);
    JsonObject first = sealed.getJsonArray("changes").getJsonObject(0);
    assertThat(first.getInt("fromVersion")).isEqualTo(1);
    assertThat(first.getInt("toVersion")).isEqualTo(2);
    assertThat(first.getJsonArray("proposalIds")).isEmpty();
    JsonObject second = sealed.getJsonArray("changes").getJsonObject(1);
    assertThat(second.getInt("fromVersion")).isZero();
    assertThat(second.getInt("toVersion")).isEqualTo(1);
    JsonObject module = admin.send("GET", programPath + "/modules/AGR-101", null).json();
    assertThat(module.getInt("version")).isEqualTo(2);
    assertThat(module.getJsonArray("competencies").getString(0))
        .isEqualTo("Assesses soil fertility");
    assertThat(admin.send("GET", programPath + "/modules/AGR-150", null).status()).isEqualTo(200);

    JsonObject chain = admin.send("GET", programPath + "/revisions/chain", null).json();
    assertThat(chain.getBoolean("intact")).isTrue();
    assertThat(chain.getInt("checked")).isEqualTo(1);
  }

  @Test
  void aSealedRecordRefusesEditsAndTheNextOneChainsToIt() {
    long first = openRevision("First");
    addChange(first, competencies("AGR-101", "C1"));
    String firstHash =
        admin
            .send("POST", "/api/admin/revisions/" + first + "/apply", "")
            .json()
            .getString("recordHash");

    assertProblem(
        admin.send("PUT", "/api/admin/revisions/" + first, JsonText.of(Map.of("title", "x"))),
        409,
        "conflict");
    assertProblem(addChange(first, competencies("AGR-102", "C2")), 409, "conflict");
    assertProblem(admin.send("DELETE", "/api/admin/revisions/" + first, null), 409, "conflict");
    assertProblem(
        admin.send("POST", "/api/admin/revisions/" + first + "/apply", ""), 409, "conflict");

    HttpAnswer correction =
        admin.send(
            "POST",
            programPath + "/revisions",
            JsonText.of(Map.of("title", "Correction", "correctsId", first)));
    long second = correction.json().getJsonNumber("id").longValue();
    addChange(second, competencies("AGR-101", "C1 corrected"));
    JsonObject sealed = admin.send("POST", "/api/admin/revisions/" + second + "/apply", "").json();
    assertThat(sealed.getInt("position")).isEqualTo(2);
    assertThat(sealed.getString("previousHash")).isEqualTo(firstHash);
    assertThat(sealed.getJsonNumber("correctsId").longValue()).isEqualTo(first);

    JsonObject history = admin.send("GET", programPath + "/revisions", null).json();
    assertThat(history.getInt("total")).isEqualTo(2);
    assertThat(history.getJsonArray("items").getJsonObject(0).getString("title"))
        .isEqualTo("Correction");
    assertThat(admin.send("GET", programPath + "/revisions/modules/AGR-101", null).jsonArray())
        .hasSize(2);
    assertThat(admin.send("GET", programPath + "/revisions/modules/AGR-102", null).jsonArray())
        .isEmpty();
  }

  @Test
  void answersAReadableDiffBetweenModuleVersions() {
    long revision = openRevision("Outcomes");
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("kind", "outcomes");
    change.put("moduleCode", "AGR-101");
    change.put("learningOutcomes", List.of("Reads a soil map"));
    addChange(revision, change);
    admin.send("POST", "/api/admin/revisions/" + revision + "/apply", "");

    JsonObject diff =
        admin.send("GET", programPath + "/revisions/modules/AGR-101/diff?from=1&to=2", null).json();

    assertThat(diff.getJsonArray("unified").toString()).contains("+outcome: Reads a soil map");
    assertThat(diff.getJsonArray("rows").getJsonObject(0).getString("tag")).isEqualTo("equal");
    assertProblem(
        admin.send("GET", programPath + "/revisions/modules/AGR-101/diff?from=1&to=9", null),
        404,
        "not-found");
  }

  @Test
  void refusesBadChangesFieldByField() {
    long revision = openRevision("Bad");
    assertProblem(
        addChange(revision, Map.of("kind", "rename", "moduleCode", "AGR-101")),
        400,
        "invalid-input");
    assertProblem(
        addChange(revision, Map.of("kind", "competencies", "moduleCode", "NOPE")),
        400,
        "invalid-input");
    assertProblem(
        addChange(
            revision,
            Map.of("kind", "new-module", "moduleCode", "AGR-101", "title", "T", "credits", 2)),
        409,
        "conflict");
    Map<String, Object> future = competencies("AGR-101", "C");
    future.put("approvedAt", "2999-01-01T00:00:00Z");
    assertProblem(addChange(revision, future), 400, "invalid-input");
    Map<String, Object> unknownProposal = competencies("AGR-101", "C");
    unknownProposal.put("proposalIds", List.of(999_999_999));
    HttpAnswer unknown = addChange(revision, unknownProposal);
    assertProblem(unknown, 400, "invalid-input");
    assertThat(unknown.json().getJsonObject("errors").keySet()).containsExactly("proposalIds[0]");
    assertProblem(
        admin.send("POST", "/api/admin/revisions/" + revision + "/apply", ""), 409, "conflict");
    assertProblem(
        admin.send("POST", programPath + "/revisions", JsonText.of(Map.of("title", " "))),
        400,
        "invalid-input");
    assertProblem(admin.send("GET", "/api/admin/revisions/999999999", null), 404, "not-found");
  }

  @Test
  void refusesAnonymousCallersAndLearners() {
    assertProblem(
        AdminApi.withAuthorization(null).send("GET", programPath + "/revisions", null),
        401,
        "unauthorized");
    try (TestPlatform platform = TestPlatform.register()) {
      Flow flow = platform.completeFlow(token -> token.roles(LtiRoles.LEARNER));
      AdminApi learner = AdminApi.withAuthorization("Bearer " + flow.sessionToken());
      assertProblem(learner.send("GET", programPath + "/revisions", null), 403, "forbidden");
      assertProblem(learner.send("GET", programPath + "/revisions/chain", null), 403, "forbidden");
    }
  }
}
