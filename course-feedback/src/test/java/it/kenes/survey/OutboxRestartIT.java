package it.kenes.survey;

import static it.kenes.support.ServiceClaims.LINEITEM;
import static it.kenes.support.ServiceClaims.SCORE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import it.kenes.support.AdminApi;
import it.kenes.support.Await;
import it.kenes.support.CoursePages;
import it.kenes.support.LibertyServer;
import it.kenes.support.Unique;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
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

  static final Duration PATIENCE = Duration.ofSeconds(60);
  static final String SCORES = "/lineitems/1/lineitem/scores";

  private final Optional<LibertyServer> server = LibertyServer.ofBuild();
  private final GradedSurvey link = new GradedSurvey("restart");
  private final FakeAgsPlatform lms = link.lms;

  @AfterEach
  void close() {
    link.close();
  }

  @Test
  void aScorePendingAcrossARestartIsDeliveredOnceAfterThePlatformRecovers() throws Exception {
    assumeTrue(server.isPresent(), "the build's Liberty server is not on this machine");
    URI lineItem = link.addLineItem();
    String sub = "restart-" + Unique.suffix();
    AdminApi learner = link.gradedLearner(sub, List.of(LINEITEM, SCORE), lineItem);
    CoursePages instructor = link.instructor();
    lms.failUntilRecovered(503);

    link.submit(learner);
    await(() -> lms.requests().size() >= 2); // tried, refused, tried again
    assertThat(grades(instructor)).contains("data-kenes-score-status=\"pending\"");

    server.get().stop();
    int whileStopped = lms.requests().size();
    server.get().start();
    // the new worker finds the pending row on its own and tries again (still 503); the row may be
    // leased by the attempt the stop interrupted (six times kenes.ags.timeout)
    Await.until(
        () -> lms.requests().size() > whileStopped,
        Duration.ofSeconds(150),
        () -> row(grades(instructor)));
    assertThat(lms.scores()).isEmpty();
    assertThat(grades(instructor)).contains("data-kenes-score-status=\"pending\"");

    int postsBefore = lms.requests("POST", SCORES).size();
    lms.recover();
    await(() -> lms.scores().size() == 1);
    await(() -> grades(instructor).contains("data-kenes-score-status=\"delivered\""));
    Thread.sleep(3_000); // several polls of the worker: nothing more is sent

    assertThat(lms.scores()).hasSize(1);
    assertThat(lms.scores().get(0).json()).containsEntry("userId", sub);
    assertThat(lms.requests("POST", SCORES).size() - postsBefore).isEqualTo(1);
  }

  // --- helpers ---

  /** The grades page's row of the score (status, attempts, the platform's last answer). */
  private static String row(String page) {
    int at = page.indexOf("data-kenes-score-status");
    return at < 0 ? "no score row" : page.substring(at, Math.min(page.length(), at + 900));
  }

  private static String grades(CoursePages instructor) {
    return instructor.page(GradedSurvey.GRADES);
  }

  private static void await(BooleanSupplier condition) {
    Await.until(condition, PATIENCE);
  }
}
