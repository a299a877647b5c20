package it.kenes.survey;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A program revision's survey rounds (docs/revisions.md, "Did the revision help?"): linking a round
 * as the follow-up ("after") of a revision marks it with that revision ({@code revisionId} of the
 * round, {@code survey_round.revision_ref}); a baseline round is not marked; unlinking forgets it.
 */
class RevisionRoundsIT {

  private final SurveyFixture world = new SurveyFixture().withSurvey();

  @AfterEach
  void close() {
    world.close();
  }

  @Test
  void theFollowUpRoundNamesTheRevisionItMeasures() {
    long before = world.openRound("baseline");
    long after = world.openRound("follow_up");
    HttpAnswer opened =
        world.admin.send(
            "POST",
            "/api/admin/programs/" + world.programId + "/revisions",
            JsonText.of(Map.of("title", "Spring revision")));
    assertThat(opened.status()).as("%s", opened).isEqualTo(201);
    long revision = SurveyFixture.id(opened);

    assertThat(link(revision, before, "before").status()).isEqualTo(201);
    assertThat(link(revision, after, "after").status()).isEqualTo(201);
    assertThat(noRevision(round(before))).isTrue();
    assertThat(round(after).getJsonNumber("revisionId").longValue()).isEqualTo(revision);

    HttpAnswer unlinked =
        world.admin.send("DELETE", "/api/admin/revisions/" + revision + "/rounds/" + after, null);
    assertThat(unlinked.status()).as("%s", unlinked).isEqualTo(204);
    assertThat(noRevision(round(after))).isTrue();
  }

  private static boolean noRevision(JsonObject round) {
    return !round.containsKey("revisionId") || round.isNull("revisionId");
  }

  private HttpAnswer link(long revision, long round, String phase) {
    return world.admin.send(
        "POST",
        "/api/admin/revisions/" + revision + "/rounds",
        JsonText.of(Map.of("surveyId", world.surveyId, "roundId", round, "phase", phase)));
  }

  private JsonObject round(long roundId) {
    List<JsonObject> rounds =
        world
            .admin
            .send("GET", "/api/surveys/" + world.surveyId, null)
            .json()
            .getJsonArray("rounds")
            .getValuesAs(JsonObject.class);
    return rounds.stream()
        .filter(r -> r.getJsonNumber("id").longValue() == roundId)
        .findFirst()
        .orElseThrow();
  }
}
