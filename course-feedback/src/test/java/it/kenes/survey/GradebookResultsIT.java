package it.kenes.survey;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.JsonText;
import it.kenes.support.Kenes;
import it.kenes.support.LtiRoles;
import it.kenes.support.Unique;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import kz.kenes.lti.LtiClaims;
import kz.kenes.lti.testing.FakeAgsPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The instructor's grades page beside the platform's gradebook: "Read the gradebook" asks the
 * results service of every graded link (scope {@code result.readonly}) and shows, per learner, the
 * platform's resultScore / resultMaximum next to Kenes's delivery status; a platform that refuses,
 * or a launch that did not grant the scope, is named per link while the rest of the page works.
 */
class GradebookResultsIT {

  static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
  static final String LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
  static final String RESULTS = "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";
  static final Duration PATIENCE = Duration.ofSeconds(30);

  private final String clientId = "kenes-results-" + Unique.suffix();
  private final FakeAgsPlatform lms =
      FakeAgsPlatform.start(clientId, FakeAgsPlatform.fetching(Kenes.url("/lti/jwks")));
  private final SurveyFixture world =
      new SurveyFixture(
              r -> r.with("clientId", clientId).with("accessTokenUrl", lms.tokenUrl().toString()))
          .withSurvey();
  private final long round = world.openRound("baseline");
  private final String linkId = "results-" + Unique.suffix();
  private String instructorKt;

  @AfterEach
  void close() {
    world.close();
    lms.close();
  }

  @Test
  void theGradebookShowsWhatThePlatformReportsBesideTheDeliveryStatus() {
    URI lineItem = lms.addLineItem("Course survey", "survey:" + world.surveyId, linkId);
    String sub = "learner-" + Unique.suffix();
    submit(learner(sub, List.of(LINEITEM, SCORE, RESULTS), lineItem));
    await(() -> lms.scores().size() == 1);
    await(() -> grades("").contains("data-kenes-score-status=\"delivered\""));

    String before = grades("");
    assertThat(before)
        .contains("id=\"kenes-gradebook-read\"")
        .doesNotContain("data-kenes-gradebook=");
    assertThat(lms.requests("GET", "/lineitems/1/lineitem/results")).isEmpty();

    String page = grades("&gradebook=read");
    assertThat(page)
        .contains("data-kenes-gradebook-outcome=\"read\"")
        .containsPattern("data-kenes-gradebook=\"reported\">\\s*1 / 1\\s*<");
    FakeAgsPlatform.Recorded read = lms.requests("GET", "/lineitems/1/lineitem/results").get(0);
    assertThat(read.pathAndQuery()).isEqualTo("/lineitems/1/lineitem/results?type_id=3");
    assertThat(read.authorization()).startsWith("Bearer ");
  }

  @Test
  void aPlatformThatFailsIsNamedWithItsMessageAndThePageStillWorks() {
    URI lineItem = lms.addLineItem("Course survey", "survey:" + world.surveyId, linkId);
    submit(learner("f-" + Unique.suffix(), List.of(LINEITEM, SCORE, RESULTS), lineItem));
    await(() -> grades("").contains("data-kenes-score-status=\"delivered\""));

    lms.failNext(
        2, 503, "text/html", "<html><body><h1>Gradebook under maintenance</h1></body></html>");
    String page = grades("&gradebook=read");

    assertThat(page)
        .contains("data-kenes-gradebook-outcome=\"failed\"")
        .contains("HTTP 503: Gradebook under maintenance")
        .contains("data-kenes-gradebook=\"unavailable\"")
        .contains("data-kenes-score-status=\"delivered\"");
  }

  @Test
  void aLaunchWithoutTheResultsScopeIsSaidSoAndThePlatformIsNotAsked() {
    URI lineItem = lms.addLineItem("Course survey", "survey:" + world.surveyId, linkId);
    submit(learner("n-" + Unique.suffix(), List.of(LINEITEM, SCORE), lineItem));
    await(() -> grades("").contains("data-kenes-score-status=\"delivered\""));

    String page = grades("&gradebook=read");

    assertThat(page).contains("data-kenes-gradebook-outcome=\"not-granted\"");
    assertThat(lms.requests("GET", "/lineitems/1/lineitem/results")).isEmpty();
  }

  // --- helpers ---

  private AdminApi learner(String sub, List<String> scopes, URI lineItem) {
    Map<String, Object> ags = new LinkedHashMap<>();
    ags.put("scope", scopes);
    ags.put("lineitems", lms.lineItemsUrl().toString());
    ags.put("lineitem", lineItem.toString());
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
                    .with(LtiClaims.AGS_ENDPOINT, ags));
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

  /** The grades page of an instructor of the course, {@code query} appended to its kt. */
  private String grades(String query) {
    if (instructorKt == null) {
      var flow = world.platform.launchIntoCourse(LtiRoles.INSTRUCTOR, world.courseId);
      instructorKt = Http.pageReference(flow.sessionToken());
    }
    HttpAnswer page =
        Http.get(
            "/app/course/grades?kt="
                + URLEncoder.encode(instructorKt, StandardCharsets.UTF_8)
                + query,
            "Accept",
            "text/html");
    assertThat(page.status()).as("%s", page).isEqualTo(200);
    return page.body();
  }

  private static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + PATIENCE);
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
