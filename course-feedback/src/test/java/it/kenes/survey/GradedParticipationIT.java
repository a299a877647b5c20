package it.kenes.survey;

import static it.kenes.support.ServiceClaims.LINEITEM;
import static it.kenes.support.ServiceClaims.SCORE;
import static it.kenes.survey.GradedSurvey.graded;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import it.kenes.support.AdminApi;
import it.kenes.support.Await;
import it.kenes.support.CoursePages;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.Unique;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.kenes.lti.testing.FakeAgsPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Survey participation reaching the gradebook through Assignment and Grade Services, against a fake
 * platform that checks what Kenes sends: the token request (form-urlencoded, a client assertion it
 * verifies with Kenes's JWKS fetched while the token call waits, as Moodle does), line items and
 * scores (content type, every required member). A learner who submits a round of a survey placed as
 * graded ({@code kenes_activity=survey:<id>}, {@code kenes_grade=participation}) gets a completed
 * 1/1; the outbox rides out a platform that answers 503 for a while; a permanent refusal shows on
 * the instructor's grades page with the platform's message and can be retried.
 */
class GradedParticipationIT {

  static final Duration PATIENCE = Duration.ofSeconds(30);

  private final GradedSurvey link = new GradedSurvey("graded");
  private final FakeAgsPlatform lms = link.lms;
  private final SurveyFixture world = link.world;
  private final String clientId = link.clientId;
  private final String linkId = link.linkId;
  private CoursePages instructor;

  @AfterEach
  void close() {
    link.close();
  }

  @Test
  void aSubmissionReachesTheLaunchsLineItemAsACompletedOneOfOne() {
    URI lineItem = link.addLineItem();
    String sub = "learner-" + Unique.suffix();
    AdminApi learner = link.learner(sub, graded("survey:" + world.surveyId), ags(lineItem));

    link.submit(learner);

    await(() -> lms.scores().size() == 1);
    FakeAgsPlatform.Recorded token = lms.requests("POST", "/token").get(0);
    assertThat(token.contentType()).startsWith("application/x-www-form-urlencoded");
    JWTClaimsSet assertion = lms.assertions().get(0);
    assertThat(assertion.getIssuer()).isEqualTo(clientId);
    assertThat(assertion.getSubject()).isEqualTo(clientId);
    assertThat(assertion.getAudience()).containsExactly(lms.tokenUrl().toString());
    assertThat(assertion.getJWTID()).isNotBlank();
    assertThat(
            Duration.between(
                assertion.getIssueTime().toInstant(), assertion.getExpirationTime().toInstant()))
        .isLessThanOrEqualTo(Duration.ofMinutes(5));

    FakeAgsPlatform.Recorded posted = lms.requests("POST", "/lineitems/1/").get(0);
    assertThat(posted.pathAndQuery()).isEqualTo("/lineitems/1/lineitem/scores?type_id=3");
    assertThat(posted.contentType()).isEqualTo("application/vnd.ims.lis.v1.score+json");
    Map<String, Object> score = lms.scores().get(0).json();
    assertThat(score)
        .containsEntry("userId", sub)
        .containsEntry("activityProgress", "Completed")
        .containsEntry("gradingProgress", "FullyGraded");
    assertThat(((Number) score.get("scoreGiven")).doubleValue()).isEqualTo(1.0);
    assertThat(((Number) score.get("scoreMaximum")).doubleValue()).isEqualTo(1.0);
    assertThat(OffsetDateTime.parse((String) score.get("timestamp")).getOffset()).isNotNull();

    await(() -> gradesPage().contains("data-kenes-score-status=\"delivered\""));
  }

  @Test
  void withoutALineItemInTheLaunchOneIsCreatedForTheSurveyAndReused() {
    lms.addLineItem("Another activity", "quiz:1", null);
    String activity = "survey:" + world.surveyId;
    link.submit(link.learner("a-" + Unique.suffix(), graded(activity), ags(null)));
    await(() -> lms.scores().size() == 1);
    link.submit(link.learner("b-" + Unique.suffix(), graded(activity), ags(null)));
    await(() -> lms.scores().size() == 2);

    List<FakeAgsPlatform.Recorded> creations =
        lms.requests("POST", "/lineitems").stream()
            .filter(r -> r.pathAndQuery().equals("/lineitems"))
            .toList();
    assertThat(creations).hasSize(1);
    assertThat(creations.get(0).contentType())
        .isEqualTo("application/vnd.ims.lis.v2.lineitem+json");
    assertThat(lms.lineItems().get(1))
        .containsEntry("resourceId", activity)
        .containsEntry("resourceLinkId", linkId);
    assertThat(lms.scores()).allSatisfy(s -> assertThat(s.lineItem()).isEqualTo(2));
  }

  @Test
  void aPlatformAnswering503ForAWhileGetsTheScoreOnceItRecovers() {
    URI lineItem = link.addLineItem();
    AdminApi learner =
        link.learner("l-" + Unique.suffix(), graded("survey:" + world.surveyId), ags(lineItem));
    lms.failNext(4, 503);

    link.submit(learner);

    await(() -> lms.scores().size() == 1);
    assertThat(lms.requests()).hasSizeGreaterThanOrEqualTo(5);
    await(() -> gradesPage().contains("data-kenes-score-status=\"delivered\""));
  }

  @Test
  void aRefusedScoreIsShownWithThePlatformsMessageAndCanBeSentAgain() {
    String activity = "survey:" + world.surveyId;
    String sub = "r-" + Unique.suffix();
    link.submit(link.learner(sub, graded(activity), ags(lms.url("/lineitems/99/gone"))));
    await(() -> gradesPage().contains("data-kenes-score-status=\"failed\""));
    String page = gradesPage();
    assertThat(page).contains("no such service");
    assertThat(lms.scores()).isEmpty();

    // The instructor fixes the placement in the LMS; the learner's next launch brings the new line
    // item, and the instructor sends the refused score again.
    URI lineItem = lms.addLineItem("Course survey", activity, linkId);
    link.learner(sub, graded(activity), ags(lineItem));
    Matcher retry = Pattern.compile("action=\"(/app/course/grades/\\d+/retry)\"").matcher(page);
    assertThat(retry.find()).as(page).isTrue();
    HttpAnswer posted = instructorPages().post(retry.group(1));
    assertThat(posted.status()).as("%s", posted).isEqualTo(303);

    await(() -> lms.scores().size() == 1);
    assertThat(lms.scores().get(0).json()).containsEntry("userId", sub);
  }

  @Test
  void aLinkNotPlacedAsGradedForThisSurveySendsNothing() {
    URI lineItem = link.addLineItem();
    Map<String, String> notGraded = Map.of("kenes_activity", "survey:" + world.surveyId);
    link.submit(link.learner("n-" + Unique.suffix(), notGraded, ags(lineItem)));
    link.submit(link.learner("o-" + Unique.suffix(), graded("survey:999999"), ags(lineItem)));

    assertThat(gradesPage()).doesNotContain("data-kenes-score-status");
    assertThat(lms.requests()).isEmpty();
  }

  @Test
  void theDeliveryWorkerStartsWithTheServerAndPicksUpRowsWaitingInTheDatabase() {
    // Started on boot (when the schema is ready), not by a first score: rows left pending by a
    // stopped node are delivered without anything waking the worker. The 503 test above relies on
    // the same loop: its retries are found by polling, not by a wake-up.
    java.nio.file.Path log =
        it.kenes.support.ServerLog.file()
            .orElseThrow(() -> new AssertionError("the ITs name no server log"));
    assertThat(it.kenes.support.ServerLog.text(log)).contains("Score delivery worker started");
  }

  @Test
  void aLearnerSeesNoGradesPage() {
    AdminApi learner = link.learner("s-" + Unique.suffix(), Map.of(), ags(null));
    HttpAnswer page =
        Http.get(
            "/app/course/grades?kt=" + CoursePages.encode(Http.pageReference(token(learner))),
            "Accept",
            "text/html");
    assertThat(page.status()).isEqualTo(403);
  }

  // --- helpers ---

  private Map<String, Object> ags(URI lineItem) {
    return link.ags(List.of(LINEITEM, SCORE), lineItem);
  }

  private String gradesPage() {
    return instructorPages().page(GradedSurvey.GRADES);
  }

  private CoursePages instructorPages() {
    if (instructor == null) {
      instructor = link.instructor();
    }
    return instructor;
  }

  private static String token(AdminApi api) {
    return api.authorization().substring("Bearer ".length());
  }

  private static void await(BooleanSupplier condition) {
    Await.until(condition, PATIENCE);
  }
}
