package it.kenes.crowdsourcing;

import static it.kenes.crowdsourcing.CampaignWorld.ok;
import static it.kenes.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import it.kenes.support.AdminApi;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A campaign over the REST API (docs/crowdsourcing.md): through its stages with proposals,
 * amendments and their diff, comments and moderation, merging a duplicate with its votes and
 * author, shortlisting, an expert's review, votes, a decision under democratic governance, the
 * authors' notifications and the figures; and who may do what.
 */
class CampaignApiIT {

  private final CampaignWorld world = new CampaignWorld();

  @AfterEach
  void close() {
    world.close();
  }

  @Test
  void aCampaignRunsThroughItsStagesToAnAcceptedProposalAndItsFigures() {
    long campaign = world.openCampaign("democratic");
    assertProblem(
        world.learner1.send("GET", "/api/campaigns/" + campaign, null), 409, "stage-closed");
    world.moveTo(campaign, "collection");
    JsonObject seen =
        ok(world.learner1.send("GET", "/api/campaigns/" + campaign, null), 200).json();
    assertThat(seen.getString("yourRole")).isEqualTo("participant");
    assertThat(seen.getJsonObject("groupWeights").getJsonNumber("employer").intValue())
        .isEqualTo(2);

    long gis = world.propose(world.learner1, campaign, "GIS competency", "Use GIS in field work");
    long duplicate =
        world.propose(world.learner2, campaign, "GIS skills", "Teach GIS for field mapping");
    // a participant is shown the near-duplicates of what they type (the campaign's scope)
    assertThat(similar(world.learner2, campaign, "GIS competency Use GIS in field work"))
        .contains(gis);

    HttpAnswer changed =
        world.learner2.send(
            "POST",
            "/api/proposals/" + gis + "/versions",
            JsonText.of(Map.of("kind", "amendment", "title", "GIS competency", "text", "Other")));
    assertProblem(changed, 400, "amendment-changes-text");
    HttpAnswer amended =
        ok(
            world.learner2.send(
                "POST",
                "/api/proposals/" + gis + "/versions",
                JsonText.of(
                    Map.of(
                        "kind", "amendment",
                        "title", "GIS competency",
                        "text", "Use GIS in field work\nwith drone imagery",
                        "note", "drones"))),
            201);
    assertThat(amended.json().getString("state")).isEqualTo("pending");
    assertProblem(
        world.learner2.send("POST", "/api/proposals/" + gis + "/versions/2/accept", null),
        403,
        "forbidden");
    ok(world.learner1.send("POST", "/api/proposals/" + gis + "/versions/2/accept", null), 200);

    long comment =
        ok(
                world.learner2.send(
                    "POST",
                    "/api/proposals/" + gis + "/comments",
                    JsonText.of(Map.of("text", "Rude words"))),
                201)
            .json()
            .getJsonNumber("id")
            .longValue();
    ok(
        world.learner1.send(
            "POST",
            "/api/proposals/" + gis + "/reports",
            JsonText.of(Map.of("commentId", comment, "reason", "Insulting"))),
        201);
    ok(
        world.instructor.send(
            "POST",
            "/api/crowdsourcing/comments/" + comment + "/hide",
            JsonText.of(Map.of("reason", "Not civil"))),
        204);
    JsonObject detail = world.proposal(world.learner1, gis);
    assertThat(detail.getJsonObject("proposal").getString("text"))
        .isEqualTo("Use GIS in field work\nwith drone imagery");
    assertThat(detail.getJsonArray("versions").getJsonObject(1).getString("diff"))
        .contains("+with drone imagery");
    JsonObject hidden = detail.getJsonArray("comments").getJsonObject(0);
    assertThat(hidden.getBoolean("hidden")).isTrue();
    assertThat(hidden.containsKey("text")).isFalse();
    assertThat(world.proposal(world.instructor, gis).getJsonArray("reports")).hasSize(1);
    assertProblem(
        world.learner1.send("PUT", "/api/proposals/" + gis + "/selection/vote", null),
        409,
        "stage-closed");

    world.moveTo(campaign, "selection");
    assertProblem(
        world.learner1.send(
            "POST",
            "/api/campaigns/" + campaign + "/proposals",
            JsonText.of(Map.of("kind", "new_course", "title", "Late", "text", "Too late"))),
        409,
        "stage-closed");
    assertProblem(
        world.learner1.send(
            "POST",
            "/api/proposals/" + duplicate + "/selection/merge",
            JsonText.of(Map.of("into", gis))),
        403,
        "forbidden");
    merge(duplicate, gis);
    assertThat(world.proposal(world.admin, duplicate).getJsonObject("proposal").getString("status"))
        .isEqualTo("merged");
    // a merged proposal is no longer suggested
    assertThat(similar(world.admin, campaign, "GIS skills Teach GIS for field mapping"))
        .doesNotContain(duplicate);
    ok(
        world.admin.send(
            "PUT",
            "/api/proposals/" + gis + "/selection/rating",
            JsonText.of(Map.of("usefulness", 5))),
        204);
    shortlistAndApprove(campaign, gis, "Demanded by employers", "Needs equipment");

    world.moveTo(campaign, "voting");
    ok(world.learner1.send("PUT", "/api/proposals/" + gis + "/selection/vote", null), 201);
    ok(world.learner1.send("PUT", "/api/proposals/" + gis + "/selection/vote", null), 200);
    ok(world.learner2.send("PUT", "/api/proposals/" + gis + "/selection/vote", null), 201);
    JsonObject voted = world.proposal(world.admin, gis);
    assertThat(voted.getJsonNumber("support").intValue()).isEqualTo(2);
    assertThat(voted.getBoolean("expertApproved")).isTrue();
    assertThat(voted.getJsonObject("coAuthors").containsKey("lti:" + world.learner1UserId))
        .isFalse();
    assertThat(voted.getJsonObject("coAuthors")).hasSize(1);

    world.moveTo(campaign, "integration");
    assertProblem(
        world.admin.send(
            "POST",
            "/api/proposals/" + gis + "/selection/decision",
            JsonText.of(Map.of("decision", "reject", "reason", "No"))),
        409,
        "decision-against-governance");
    JsonObject decided =
        ok(
                world.admin.send(
                    "POST",
                    "/api/proposals/" + gis + "/selection/decision",
                    JsonText.of(Map.of("decision", "accept", "reason", "Voted and approved"))),
                200)
            .json();
    assertThat(decided.getString("status")).isEqualTo("accepted");
    assertThat(
            ok(world.learner1.send("GET", "/api/crowdsourcing/notifications", null), 200)
                .jsonArray()
                .getJsonObject(0)
                .getString("reason"))
        .isEqualTo("Voted and approved");
    assertThat(ok(world.learner2.send("GET", "/api/crowdsourcing/notifications", null), 200).body())
        .contains("\"merged\"", "\"accepted\"");

    JsonObject figures =
        ok(world.admin.send("GET", "/api/campaigns/" + campaign + "/figures", null), 200)
            .json()
            .getJsonObject("figures");
    assertThat(figures.getInt("totalks")).isEqualTo(2);
    assertThat(figures.getInt("outks")).isEqualTo(1);
    assertThat(figures.getJsonNumber("resourceEfficiency").doubleValue()).isEqualTo(0.5);
    assertThat(figures.getJsonNumber("resourceIntensity").doubleValue()).isEqualTo(2.0);
    HttpAnswer csv =
        ok(
            it.kenes.support.Http.get(
                "/api/campaign-figures/csv",
                "Accept",
                "text/csv",
                "Authorization",
                world.admin.authorization()),
            200);
    assertThat(csv.body()).contains(campaign + ",").contains(",2,1,0.5000,2.0000");
    assertThat(
            ok(world.admin.send("GET", "/api/campaigns/" + campaign + "/audit", null), 200).body())
        .contains("collection -> selection", "\"merge\"", "\"accept\"");
  }

  /**
   * The participants per group (docs/crowdsourcing.md, "Figures") as the writes keep them (V50, ADR
   * 0033): a proposal, a comment and a vote each make their author a participant of their group
   * once; a merge adds nobody; a withdrawn vote takes its voter off only when nothing else of
   * theirs is left in that group.
   */
  @Test
  void theParticipantsOfEachGroupFollowProposalsCommentsVotesAndMerges() {
    long campaign = world.openCampaign("democratic");
    world.moveTo(campaign, "collection");
    assertThat(participants(campaign)).isEmpty();
    long gis = world.propose(world.learner1, campaign, "GIS competency", "Use GIS in field work");
    assertThat(participants(campaign)).containsOnly(entry("learner", 1L));
    long duplicate =
        world.propose(world.learner1, campaign, "GIS skills", "Teach GIS for field mapping");
    comment(world.learner2, gis, "Agreed");
    comment(world.learner2, duplicate, "Agreed again");
    comment(world.instructor, gis, "Needs a lab");
    assertThat(participants(campaign)).containsOnly(entry("learner", 2L), entry("staff", 1L));
    String token =
        ok(
                world.admin.send(
                    "POST",
                    "/api/campaigns/" + campaign + "/invitations",
                    JsonText.of(Map.of("role", "participant", "group", "employer", "maxUses", 1))),
                201)
            .json()
            .getString("token");

    world.moveTo(campaign, "selection");
    merge(duplicate, gis);
    assertThat(participants(campaign)).containsOnly(entry("learner", 2L), entry("staff", 1L));
    shortlistAndApprove(campaign, gis, "Useful", "None");
    // an expert's review makes nobody a participant
    assertThat(participants(campaign)).containsOnly(entry("learner", 2L), entry("staff", 1L));

    world.moveTo(campaign, "voting");
    AdminApi employer =
        AdminApi.withAuthorization(
            "Bearer "
                + ok(
                        it.kenes.support.Http.post(
                            "/api/campaign-invitations/" + token + "/join", "application/json", ""),
                        201)
                    .json()
                    .getString("sessionToken"));
    String vote = "/api/proposals/" + gis + "/selection/vote";
    ok(employer.send("PUT", vote, null), 201);
    ok(world.learner2.send("PUT", vote, null), 201);
    assertThat(participants(campaign))
        .containsOnly(entry("learner", 2L), entry("staff", 1L), entry("employer", 1L));
    ok(employer.send("DELETE", vote, null), 204);
    ok(world.learner2.send("DELETE", vote, null), 204);
    // the employer only voted; the second learner also commented
    assertThat(participants(campaign)).containsOnly(entry("learner", 2L), entry("staff", 1L));
    ok(employer.send("PUT", vote, null), 201);
    JsonObject figures =
        ok(world.admin.send("GET", "/api/campaigns/" + campaign + "/figures", null), 200).json();
    assertThat(participants(campaign))
        .containsOnly(entry("learner", 2L), entry("staff", 1L), entry("employer", 1L));
    // the merged proposal stays an idea proposed by its learner
    assertThat(figures.getJsonObject("figures").getInt("totalks")).isEqualTo(2);
  }

  /** The campaign's organiser merges {@code proposal} into {@code into}. */
  private void merge(long proposal, long into) {
    ok(
        world.admin.send(
            "POST",
            "/api/proposals/" + proposal + "/selection/merge",
            JsonText.of(Map.of("into", into))),
        200);
  }

  /**
   * Shortlists the proposal, makes the world's expert an expert of the campaign (for employers) and
   * has them approve it, as the selection stage does before a vote.
   */
  private void shortlistAndApprove(
      long campaign, long proposal, String strengths, String weaknesses) {
    ok(
        world.admin.send(
            "PUT",
            "/api/proposals/" + proposal + "/selection/shortlist",
            JsonText.of(Map.of("shortlisted", true))),
        200);
    ok(
        world.admin.send(
            "PUT",
            "/api/campaigns/" + campaign + "/members",
            JsonText.of(
                Map.of("userRef", world.expertUserId, "role", "expert", "group", "employer"))),
        200);
    ok(
        world.expert.send(
            "PUT",
            "/api/proposals/" + proposal + "/selection/review",
            JsonText.of(
                Map.of("strengths", strengths, "weaknesses", weaknesses, "decision", "approve"))),
        204);
  }

  private void comment(AdminApi who, long proposal, String text) {
    ok(
        who.send(
            "POST", "/api/proposals/" + proposal + "/comments", JsonText.of(Map.of("text", text))),
        201);
  }

  /** The figures' participants per group of a campaign. */
  private Map<String, Long> participants(long campaign) {
    Map<String, Long> groups = new java.util.TreeMap<>();
    ok(world.admin.send("GET", "/api/campaigns/" + campaign + "/figures", null), 200)
        .json()
        .getJsonArray("groups")
        .getValuesAs(JsonObject.class)
        .forEach(
            g -> {
              long participants = g.getJsonNumber("participants").longValue();
              if (participants > 0) {
                groups.put(g.getString("group"), participants);
              }
            });
    return groups;
  }

  @Test
  void onlyMembersSeeACampaignAndBadInputIsRefusedClearly() {
    long campaign = world.openCampaign("hierarchical");
    world.moveTo(campaign, "collection");
    assertProblem(world.outsider.send("GET", "/api/campaigns/" + campaign, null), 403, "forbidden");
    assertProblem(world.learner1.send("GET", "/api/campaigns", null), 403, "forbidden");
    assertProblem(
        world.learner1.send("GET", "/api/campaigns/" + campaign + "/figures", null),
        403,
        "forbidden");
    assertProblem(world.admin.send("GET", "/api/campaigns/999999999", null), 404, "not-found");
    assertProblem(
        world.learner1.send(
            "POST",
            "/api/campaigns/" + campaign + "/proposals",
            JsonText.of(Map.of("kind", "new_course", "title", " "))),
        400,
        "invalid-input");
    assertProblem(
        world.learner1.send(
            "POST",
            "/api/campaigns/" + campaign + "/proposals",
            JsonText.of(Map.of("kind", "removal", "title", "Drop it", "text", "Outdated"))),
        400,
        "invalid-input");
    // a campaign on the whole program: a module of no program of it is refused
    assertProblem(
        world.learner1.send(
            "POST",
            "/api/campaigns/" + campaign + "/proposals",
            JsonText.of(
                Map.of(
                    "kind",
                    "content_change",
                    "moduleIds",
                    java.util.List.of(999_999_999L),
                    "title",
                    "Change it",
                    "text",
                    "Outdated"))),
        400,
        "invalid-input");
    assertProblem(
        world.admin.send(
            "POST",
            "/api/campaigns/" + campaign + "/stage",
            JsonText.of(Map.of("stage", "engagement"))),
        409,
        "stage-order");
    assertProblem(
        world.instructor.send(
            "POST", "/api/campaigns/" + campaign + "/stage", JsonText.of(Map.of())),
        403,
        "forbidden");
    JsonObject shown =
        ok(world.instructor.send("GET", "/api/campaigns/" + campaign, null), 200).json();
    assertThat(shown.getString("yourRole")).isEqualTo("facilitator");
    assertThat(shown.getString("governance")).isEqualTo("hierarchical");
    HttpAnswer badSchedule =
        world.admin.send(
            "PUT",
            "/api/campaigns/" + campaign,
            JsonText.of(
                Map.of(
                    "programId", world.program.programId(),
                    "title", "T",
                    "task", "T",
                    "groups", java.util.List.of("learner"),
                    "schedule",
                        Map.of(
                            "selection",
                            "2026-05-01T00:00:00Z",
                            "voting",
                            "2026-04-01T00:00:00Z"))));
    assertProblem(badSchedule, 400, "invalid-input");
  }

  /** The entry ids the campaign's similar-proposal suggestions name for {@code text}. */
  private static java.util.List<Long> similar(AdminApi caller, long campaign, String text) {
    jakarta.json.JsonObject answer =
        ok(
                caller.send(
                    "GET",
                    "/api/similar-texts/campaign:"
                        + campaign
                        + "?q="
                        + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8),
                    null),
                200)
            .json();
    return answer.getJsonArray("items").stream()
        .map(v -> v.asJsonObject().getJsonNumber("entryId").longValue())
        .toList();
  }
}
