package it.kenes.crowdsourcing;

import static it.kenes.crowdsourcing.CampaignWorld.ok;
import static it.kenes.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Integration over HTTP (docs/revisions.md, "From a campaign"): accepting proposals opens the
 * campaign's draft revision of the program and extends it, a change per target module naming the
 * proposals, who approved it and when; applying the draft writes the module versions and seals it;
 * the next acceptance opens a new draft.
 */
class CampaignRevisionIT {

  private final CampaignWorld world = new CampaignWorld();

  @AfterEach
  void close() {
    world.close();
  }

  @Test
  void acceptedProposalsBecomeARevisionThatAppliesToTheModules() {
    Map<String, Long> modules = moduleIds();
    long campaign = world.openCampaign("hierarchical");
    world.moveTo(campaign, "collection");
    long soil = propose(campaign, "new_competency", "Reads soil maps", modules.get("AGR-201"));
    long field = propose(campaign, "content_change", "More field work", modules.get("AGR-201"));
    long robots = propose(campaign, "new_course", "Agro-robotics", null);
    long later = propose(campaign, "new_competency", "Uses drones", modules.get("AGR-202"));

    world.moveTo(campaign, "selection");
    ok(
        world.admin.send(
            "PUT",
            "/api/campaigns/" + campaign + "/members",
            JsonText.of(
                Map.of("userRef", world.expertUserId, "role", "expert", "group", "employer"))),
        200);
    for (long proposal : List.of(soil, field, robots, later)) {
      shortlistAndApprove(proposal);
    }
    world.moveTo(campaign, "integration");
    assertThat(revisions(world.admin, campaign)).isEmpty();

    accept(soil);
    JsonArray afterOne = revisions(world.admin, campaign);
    assertThat(afterOne).hasSize(1);
    JsonObject draft = afterOne.getJsonObject(0);
    assertThat(draft.getString("status")).isEqualTo("draft");
    JsonObject change = draft.getJsonArray("changes").getJsonObject(0);
    assertThat(change.getString("moduleCode")).isEqualTo("AGR-201");
    assertThat(change.getString("kind")).isEqualTo("competencies");
    assertThat(change.getJsonObject("spec").getJsonArray("competencies").toString())
        .contains("\"Reads soil maps\"");
    assertThat(change.getJsonArray("proposalIds").toString()).isEqualTo("[" + soil + "]");
    assertThat(change.getString("approvedBy")).isEqualTo("operator");
    assertThat(change.getString("approvedAt")).isNotBlank();

    accept(field);
    accept(robots);
    JsonArray afterThree = revisions(world.admin, campaign);
    assertThat(afterThree).as("one open draft per campaign").hasSize(1);
    JsonObject extended = afterThree.getJsonObject(0);
    assertThat(extended.getJsonArray("changes")).hasSize(1);
    JsonObject merged = extended.getJsonArray("changes").getJsonObject(0);
    assertThat(merged.getString("kind")).isEqualTo("content");
    assertThat(merged.getJsonArray("proposalIds").toString())
        .isEqualTo("[" + Math.min(soil, field) + "," + Math.max(soil, field) + "]");
    assertThat(merged.getString("note")).contains("Reads soil maps", "More field work");
    assertThat(extended.getString("summary"))
        .contains("Proposal " + robots + " (new_course) \"Agro-robotics\"");

    long revision = extended.getJsonNumber("id").longValue();
    JsonObject sealed =
        ok(world.admin.send("POST", "/api/admin/revisions/" + revision + "/apply", ""), 200).json();
    assertThat(sealed.getString("status")).isEqualTo("sealed");
    JsonObject applied = sealed.getJsonArray("changes").getJsonObject(0);
    assertThat(applied.getInt("fromVersion")).isEqualTo(1);
    assertThat(applied.getInt("toVersion")).isEqualTo(2);
    JsonObject module =
        ok(
                world.admin.send(
                    "GET",
                    "/api/admin/programs/" + world.program.programId() + "/modules/AGR-201",
                    null),
                200)
            .json();
    assertThat(module.getInt("version")).isEqualTo(2);
    assertThat(module.getJsonArray("competencies").toString()).contains("\"Reads soil maps\"");

    accept(later);
    JsonArray afterSeal = revisions(world.admin, campaign);
    assertThat(afterSeal).as("a sealed record is never extended: a new draft opens").hasSize(2);
    assertThat(afterSeal.getJsonObject(0).getString("status")).isEqualTo("draft");
    assertThat(
            afterSeal
                .getJsonObject(0)
                .getJsonArray("changes")
                .getJsonObject(0)
                .getString("moduleCode"))
        .isEqualTo("AGR-202");

    assertProblem(
        world.learner1.send("GET", "/api/campaigns/" + campaign + "/revisions", null),
        403,
        "forbidden");
  }

  @Test
  void aManualChangeMayOnlyNameProposalsOfTheProgram() {
    long campaign = world.openCampaign("hierarchical");
    world.moveTo(campaign, "collection");
    long own = propose(campaign, "new_competency", "Reads soil maps", null);
    String programPath = "/api/admin/programs/" + world.program.programId();
    long revision =
        ok(
                world.admin.send(
                    "POST", programPath + "/revisions", JsonText.of(Map.of("title", "By hand"))),
                201)
            .json()
            .getJsonNumber("id")
            .longValue();
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("kind", "removal");
    change.put("moduleCode", "AGR-202");
    change.put("proposalIds", List.of(own, Long.MAX_VALUE / 2));
    HttpAnswer refused =
        world.admin.send(
            "POST", "/api/admin/revisions/" + revision + "/changes", JsonText.of(change));
    assertProblem(refused, 400, "invalid-input");
    assertThat(refused.json().getJsonObject("errors").keySet()).containsExactly("proposalIds[1]");

    change.put("proposalIds", List.of(own));
    JsonObject added =
        ok(
                world.admin.send(
                    "POST", "/api/admin/revisions/" + revision + "/changes", JsonText.of(change)),
                200)
            .json();
    assertThat(
            added.getJsonArray("changes").getJsonObject(0).getJsonArray("proposalIds").toString())
        .isEqualTo("[" + own + "]");
  }

  private Map<String, Long> moduleIds() {
    long course = Http.contextRef(world.learner1Session);
    HttpAnswer delivered =
        ok(
            world.admin.send(
                "PUT",
                "/api/courses/" + course + "/modules",
                JsonText.of(
                    Map.of(
                        "modules",
                        List.of(
                            Map.of("programId", world.program.programId(), "code", "AGR-201"),
                            Map.of("programId", world.program.programId(), "code", "AGR-202"))))),
            200);
    Map<String, Long> ids = new LinkedHashMap<>();
    try (var reader = Json.createReader(new StringReader(delivered.body()))) {
      reader
          .readArray()
          .forEach(
              m ->
                  ids.put(
                      m.asJsonObject().getString("code"),
                      m.asJsonObject().getJsonNumber("moduleId").longValue()));
    }
    return ids;
  }

  private long propose(long campaign, String kind, String title, Long moduleId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("kind", kind);
    body.put("title", title);
    body.put("text", title + ", in detail");
    body.put("rationale", "Employers ask for it");
    if (moduleId != null) {
      body.put("moduleIds", List.of(moduleId));
    }
    return ok(
            world.learner1.send(
                "POST", "/api/campaigns/" + campaign + "/proposals", JsonText.of(body)),
            201)
        .json()
        .getJsonNumber("id")
        .longValue();
  }

  private void shortlistAndApprove(long proposal) {
    ok(
        world.admin.send(
            "PUT",
            "/api/proposals/" + proposal + "/selection/shortlist",
            JsonText.of(Map.of("shortlisted", true))),
        200);
    ok(
        world.expert.send(
            "PUT",
            "/api/proposals/" + proposal + "/selection/review",
            JsonText.of(
                Map.of("strengths", "Useful", "weaknesses", "Costly", "decision", "approve"))),
        204);
  }

  private void accept(long proposal) {
    ok(
        world.admin.send(
            "POST",
            "/api/proposals/" + proposal + "/selection/decision",
            JsonText.of(Map.of("decision", "accept", "reason", "Experts approve"))),
        200);
  }

  private static JsonArray revisions(AdminApi who, long campaign) {
    return ok(who.send("GET", "/api/campaigns/" + campaign + "/revisions", null), 200).jsonArray();
  }
}
