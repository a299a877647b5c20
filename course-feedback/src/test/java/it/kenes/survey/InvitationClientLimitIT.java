package it.kenes.survey;

import static it.kenes.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.LtiRoles;
import it.kenes.support.Unique;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One client address may give at most {@code kenes.invitation.max-responses-per-client} (20 by
 * default) responses through one shared link, and the round's staff page shows the most that came
 * from one address. The test speaks for client addresses of its own through loopback, which the
 * server trusts as a proxy ({@code X-Forwarded-For}).
 */
class InvitationClientLimitIT {

  private static final int PER_CLIENT = 20;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SurveyFixture world = new SurveyFixture().withSurvey();

  @AfterEach
  void close() {
    world.close();
  }

  private static String anAddress() {
    return "198.51.100." + (1 + RANDOM.nextInt(254));
  }

  private static HttpAnswer answer(String token, String address) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("submissionId", UUID.randomUUID().toString());
    body.put("answers", SurveyFixture.completeAnswers(3, 2, 1));
    return Http.post(
        "/api/invitations/" + token + "/responses",
        "application/json",
        JsonText.of(body),
        "Accept",
        "application/json",
        "X-Forwarded-For",
        address);
  }

  @Test
  void oneAddressAnswersASharedLinkAtMostThePerClientLimitAndTheRoundPageSaysSo() {
    long round = world.openRound("baseline");
    String token = world.invite(round, "employer", 100, false);
    String sharer = anAddress();
    for (int i = 0; i < PER_CLIENT; i++) {
      assertThat(answer(token, sharer).status()).as("answer %d", i + 1).isEqualTo(201);
    }

    assertProblem(answer(token, sharer), 429, "too-many-answers-from-client");
    assertThat(answer(token, "203.0.113.10").status()).isEqualTo(201);

    String kt =
        Http.pageReference(
            world
                .as(LtiRoles.INSTITUTION_ADMINISTRATOR, "admin-course-" + Unique.suffix())
                .authorization()
                .substring("Bearer ".length()));
    HttpAnswer page =
        Http.get(
            "/app/surveys/" + world.surveyId + "/rounds/" + round + "?kt=" + kt,
            "Accept",
            "text/html");
    assertThat(page.status()).as("%s", page).isEqualTo(200);
    assertThat(page.body())
        .contains("21 / 100", "at most " + PER_CLIENT + " answers came from one address");
  }
}
