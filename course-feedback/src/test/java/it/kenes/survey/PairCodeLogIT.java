package it.kenes.survey;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.ServerLog;
import it.kenes.support.Unique;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A pairing code never reaches the server's log, neither an accepted one nor one refused as
 * malformed; and the link's token neither, in any of the server's logs. Skipped when they are not
 * on this machine ({@link ServerLog}).
 */
class PairCodeLogIT {

  private final SurveyFixture world = new SurveyFixture().withSurvey();

  @AfterEach
  void close() {
    world.close();
  }

  private static HttpAnswer answer(String token, String pairCode) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("submissionId", UUID.randomUUID().toString());
    body.put("pairCode", pairCode);
    body.put("answers", SurveyFixture.completeAnswers(3, 2, 1));
    return Http.post(
        "/api/invitations/" + token + "/responses",
        "application/json",
        JsonText.of(body),
        "Accept",
        "application/json");
  }

  @Test
  void logNeverContainsPairingCodesOrLinkTokens() {
    Path logs = ServerLog.directory().orElse(null);
    Assumptions.assumeTrue(logs != null, "the server's logs are not on this machine");
    String token = world.invite(world.openRound("baseline"), "employer", 5, false);
    String code = "pair-" + Unique.suffix();
    String malformed = "bad<" + Unique.suffix() + ">";

    assertThat(answer(token, code).status()).isEqualTo(201);
    assertThat(answer(token, malformed).status()).isEqualTo(400);

    assertThat(ServerLog.allText(logs))
        .doesNotContain(code)
        .doesNotContain(code.toUpperCase(Locale.ROOT))
        .doesNotContain(malformed)
        .doesNotContain(token);
  }
}
