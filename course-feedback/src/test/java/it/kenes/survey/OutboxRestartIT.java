package it.kenes.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import it.kenes.support.AdminApi;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.Kenes;
import it.kenes.support.LibertyServer;
import it.kenes.support.LtiRoles;
import it.kenes.support.Unique;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import kz.kenes.lti.LtiClaims;
import kz.kenes.lti.testing.FakeAgsPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The score outbox across a Liberty restart (issue 10 §8, ADR 0014): the platform answers 503, a
 * learner submits, Kenes tries and keeps the score pending; the server is stopped and started again
 * while the platform is still down; once the platform recovers, the score is delivered exactly
 * once. The restart uses the server the build started (same directory, configuration and ports), so
 * the tests after this one find it running as before.
 */
class OutboxRestartIT {

  static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
  static final String LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
  static final Duration PATIENCE = Duration.ofSeconds(60);
  static final String SCORES = "/lineitems/1/lineitem/scores";

  private final Optional<LibertyServer> server = LibertyServer.ofBuild();
  private final String clientId = "kenes-restart-" + Unique.suffix();
  private final FakeAgsPlatform lms =
      FakeAgsPlatform.start(clientId, FakeAgsPlatform.fetching(Kenes.url("/lti/jwks")));
  private final SurveyFixture world =
      new SurveyFixture(
              r -> r.with("clientId", clientId).with("accessTokenUrl", lms.tokenUrl().toString()))
          .withSurvey();
  private final long round = world.openRound("baseline");
  private final String linkId = "restart-" + Unique.suffix();

  @AfterEach
  void close() {
    world.close();
    lms.close();
  }

  @Test
  void aScorePendingAcrossARestartIsDeliveredOnceAfterThePlatformRecovers() throws Exception {
    assumeTrue(server.isPresent(), "the build's Liberty server is not on this machine");
    URI lineItem = lms.addLineItem("Course survey", "survey:" + world.surveyId, linkId);
    String sub = "restart-" + Unique.suffix();
    AdminApi learner = learner(sub, lineItem);
    String kt = instructor();
    lms.failUntilRecovered(503);

    submit(learner);
    await(() -> lms.requests().size() >= 2); // tried, refused, tried again
    assertThat(grades(kt)).contains("data-kenes-score-status=\"pending\"");

    server.get().stop();
    int whileStopped = lms.requests().size();
    server.get().start();
    // the new worker finds the pending row on its own and tries again (still 503); the row may be
    // leased by the attempt the stop interrupted (six times kenes.ags.timeout)
    await(
        () -> lms.requests().size() > whileStopped, Duration.ofSeconds(150), () -> row(grades(kt)));
    assertThat(lms.scores()).isEmpty();
    assertThat(grades(kt)).contains("data-kenes-score-status=\"pending\"");

    int postsBefore = lms.requests("POST", SCORES).size();
    lms.recover();
    await(() -> lms.scores().size() == 1);
    await(() -> grades(kt).contains("data-kenes-score-status=\"delivered\""));
    Thread.sleep(3_000); // several polls of the worker: nothing more is sent

    assertThat(lms.scores()).hasSize(1);
    assertThat(lms.scores().get(0).json()).containsEntry("userId", sub);
    assertThat(lms.requests("POST", SCORES).size() - postsBefore).isEqualTo(1);
  }

  // --- helpers ---

  private AdminApi learner(String sub, URI lineItem) {
    var flow =
        world.platform.launchIntoCourse(
            LtiRoles.LEARNER,
            world.courseId,
            t ->
                t.subject(sub)
                    .with(LtiClaims.RESOURCE_LINK, Map.of("id", linkId, "title", "Course survey"))
                    .with(
                        LtiClaims.CUSTOM,
                        Map.of(
                            "kenes_activity",
                            "survey:" + world.surveyId,
                            "kenes_grade",
                            "participation"))
                    .with(
                        LtiClaims.AGS_ENDPOINT,
                        Map.of(
                            "scope",
                            List.of(LINEITEM, SCORE),
                            "lineitems",
                            lms.lineItemsUrl().toString(),
                            "lineitem",
                            lineItem.toString())));
    assertThat(flow.succeeded()).as("%s", flow.launch()).isTrue();
    return AdminApi.withAuthorization("Bearer " + flow.sessionToken());
  }

  private void submit(AdminApi learner) {
    HttpAnswer answer =
        learner.send(
            "POST",
            "/api/rounds/" + round + "/response",
            JsonText.of(Map.of("answers", SurveyFixture.completeAnswers(3, 0, 2))));
    assertThat(answer.status()).as("%s", answer).isIn(200, 201);
  }

  private String instructor() {
    var flow = world.platform.launchIntoCourse(LtiRoles.INSTRUCTOR, world.courseId);
    return Http.pageReference(flow.sessionToken());
  }

  /** The grades page's row of the score (status, attempts, the platform's last answer). */
  private static String row(String page) {
    int at = page.indexOf("data-kenes-score-status");
    return at < 0 ? "no score row" : page.substring(at, Math.min(page.length(), at + 900));
  }

  private static String grades(String kt) {
    HttpAnswer page =
        Http.get(
            "/app/course/grades?kt=" + URLEncoder.encode(kt, StandardCharsets.UTF_8),
            "Accept",
            "text/html");
    assertThat(page.status()).as("%s", page).isEqualTo(200);
    return page.body();
  }

  private static void await(BooleanSupplier condition) {
    await(condition, PATIENCE, () -> "");
  }

  private static void await(
      BooleanSupplier condition, Duration patience, java.util.function.Supplier<String> state) {
    long deadline = System.nanoTime() + patience.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + patience + ": " + state.get());
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
