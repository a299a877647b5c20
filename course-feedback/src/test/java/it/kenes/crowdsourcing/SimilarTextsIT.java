package it.kenes.crowdsourcing;

import static it.kenes.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.Flow;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.LtiRoles;
import it.kenes.support.TestPlatform;
import jakarta.json.JsonArray;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Similar-text suggestions over HTTP: entries written to the database are found from the other
 * script (Kazakh Cyrillic against Latin), a removed entry is no longer suggested, and bad input or
 * callers are refused.
 */
class SimilarTextsIT {

  private final AdminApi admin = AdminApi.asAdmin();
  private final String scope =
      "campaign:" + (Math.abs(UUID.randomUUID().getLeastSignificantBits()) % 1_000_000_000L);

  @org.junit.jupiter.api.BeforeEach
  void awaitTheApplication() {
    it.kenes.support.Kenes.awaitReady();
  }

  private void put(long id, String title, String lang) {
    HttpAnswer put =
        admin.send(
            "PUT",
            "/api/similar-texts/" + scope + "/entries/" + id,
            JsonText.of(Map.of("title", title, "body", "", "lang", lang)));
    assertThat(put.status()).as("%s", put).isEqualTo(204);
  }

  private JsonArray suggest(String q) {
    HttpAnswer answer =
        admin.send(
            "GET",
            "/api/similar-texts/" + scope + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
            null);
    assertThat(answer.status()).as("%s", answer).isEqualTo(200);
    return answer.json().getJsonArray("items");
  }

  @Test
  void suggestsAcrossScriptsAndForgetsRemovedEntries() {
    put(1, "Топырақтану модуліне зертханалық жұмыс қосу", "kk");
    put(2, "Add a course on drones in agriculture", "en");
    put(3, "Ввести курс по кибербезопасности", "ru");

    JsonArray found = suggest("Topyraqtanw modwlıne zerthanalyq jumys qosw");
    assertThat(found).hasSize(1);
    assertThat(found.getJsonObject(0).getJsonNumber("entryId").longValue()).isEqualTo(1);
    assertThat(found.getJsonObject(0).getJsonNumber("score").doubleValue()).isGreaterThan(0.9);
    assertThat(suggest("ADD A COURSE ON DRONES IN AGRICULTURE")).hasSize(1);

    assertThat(admin.send("DELETE", "/api/similar-texts/" + scope + "/entries/2", null).status())
        .isEqualTo(204);
    assertThat(suggest("Add a course on drones in agriculture")).isEmpty();
    put(2, "Add a course on drones in agriculture", "en");
    assertThat(suggest("Add a course on drones in agriculture")).hasSize(1);
  }

  @Test
  void refusesBadQueriesAndLearners() {
    assertProblem(
        admin.send("GET", "/api/similar-texts/Bad%20Scope?q=x", null), 400, "invalid-input");
    assertProblem(
        admin.send("GET", "/api/similar-texts/" + scope + "?q=x&k=0", null), 400, "invalid-input");
    assertProblem(
        admin.send("GET", "/api/similar-texts/" + scope + "?q=x&threshold=abc", null),
        400,
        "invalid-input");
    assertProblem(
        admin.send(
            "PUT",
            "/api/similar-texts/" + scope + "/entries/1",
            JsonText.of(Map.of("title", "t", "lang", "de"))),
        400,
        "invalid-input");
    assertProblem(
        admin.send("DELETE", "/api/similar-texts/" + scope + "/entries/77", null),
        404,
        "not-found");
    try (TestPlatform platform = TestPlatform.register()) {
      Flow flow = platform.completeFlow(token -> token.roles(LtiRoles.LEARNER));
      AdminApi learner = AdminApi.withAuthorization("Bearer " + flow.sessionToken());
      // a campaign the learner does not take part in (here: none with that id) is not theirs
      assertProblem(
          learner.send("GET", "/api/similar-texts/" + scope + "?q=x", null), 404, "not-found");
      assertProblem(learner.send("GET", "/api/similar-texts/other:1?q=x", null), 403, "forbidden");
      assertProblem(
          learner.send(
              "PUT",
              "/api/similar-texts/" + scope + "/entries/1",
              JsonText.of(Map.of("title", "t"))),
          403,
          "forbidden");
    }
  }
}
