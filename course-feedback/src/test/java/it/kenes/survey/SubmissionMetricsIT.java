package it.kenes.survey;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.MetricsScrape;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Stored submissions show in the operator's metrics ({@code kenes_survey_submissions_total}) by
 * channel and by whether they created the response or changed it; a refused one does not count.
 * Other tests submit at the same time, so counts are compared as "at least".
 */
class SubmissionMetricsIT {

  private static final String SUBMISSIONS = "kenes_survey_submissions_total";

  private final SurveyFixture world = new SurveyFixture().withSurvey();

  @AfterEach
  void close() {
    world.close();
  }

  @Test
  void countsLearnerAndInvitationSubmissionsCreatedAndUpdated() {
    long round = world.openRound("baseline");
    String token = world.invite(round, "employer", 5, false);
    AdminApi learner = world.learner();
    String submissionId = UUID.randomUUID().toString();
    MetricsScrape before = MetricsScrape.take();

    assertThat(learnerAnswer(learner, round, 3).status()).isEqualTo(201);
    assertThat(learnerAnswer(learner, round, 2).status()).isEqualTo(200);
    assertThat(invitationAnswer(token, submissionId).status()).isEqualTo(201);
    MetricsScrape after = MetricsScrape.take();

    assertCounted(before, after, "learner", "created");
    assertCounted(before, after, "learner", "updated");
    assertCounted(before, after, "invitation", "created");
  }

  private static void assertCounted(
      MetricsScrape before, MetricsScrape after, String channel, String response) {
    String[] labels = {"channel", channel, "response", response};
    assertThat(after.sum(SUBMISSIONS, labels))
        .as("%s %s", channel, response)
        .isGreaterThanOrEqualTo(before.sum(SUBMISSIONS, labels) + 1);
  }

  private static HttpAnswer learnerAnswer(AdminApi learner, long round, int q1) {
    return learner.send(
        "POST",
        "/api/rounds/" + round + "/response",
        JsonText.of(Map.of("answers", SurveyFixture.completeAnswers(q1, 1, 1))));
  }

  private static HttpAnswer invitationAnswer(String token, String submissionId) {
    return Http.post(
        "/api/invitations/" + token + "/responses",
        "application/json",
        JsonText.of(
            Map.of(
                "submissionId", submissionId, "answers", SurveyFixture.completeAnswers(3, 2, 1))),
        "Accept",
        "application/json");
  }
}
