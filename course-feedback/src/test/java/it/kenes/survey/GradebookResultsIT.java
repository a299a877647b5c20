package it.kenes.survey;

import static it.kenes.support.ServiceClaims.LINEITEM;
import static it.kenes.support.ServiceClaims.RESULTS;
import static it.kenes.support.ServiceClaims.SCORE;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.Await;
import it.kenes.support.CoursePages;
import it.kenes.support.Unique;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
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

  static final Duration PATIENCE = Duration.ofSeconds(30);

  private final GradedSurvey link = new GradedSurvey("results");
  private final FakeAgsPlatform lms = link.lms;
  private CoursePages instructor;

  @AfterEach
  void close() {
    link.close();
  }

  @Test
  void theGradebookShowsWhatThePlatformReportsBesideTheDeliveryStatus() {
    URI lineItem = link.addLineItem();
    String sub = "learner-" + Unique.suffix();
    link.submit(link.gradedLearner(sub, List.of(LINEITEM, SCORE, RESULTS), lineItem));
    await(() -> lms.scores().size() == 1);
    await(() -> grades("").contains("data-kenes-score-status=\"delivered\""));

    String before = grades("");
    assertThat(before)
        .contains("id=\"kenes-gradebook-read\"")
        .doesNotContain("data-kenes-gradebook=");
    assertThat(lms.requests("GET", "/lineitems/1/lineitem/results")).isEmpty();

    String page = grades("?gradebook=read");
    assertThat(page)
        .contains("data-kenes-gradebook-outcome=\"read\"")
        .containsPattern("data-kenes-gradebook=\"reported\">\\s*1 / 1\\s*<");
    FakeAgsPlatform.Recorded read = lms.requests("GET", "/lineitems/1/lineitem/results").get(0);
    assertThat(read.pathAndQuery()).isEqualTo("/lineitems/1/lineitem/results?type_id=3");
    assertThat(read.authorization()).startsWith("Bearer ");
  }

  @Test
  void aPlatformThatFailsIsNamedWithItsMessageAndThePageStillWorks() {
    URI lineItem = link.addLineItem();
    link.submit(
        link.gradedLearner("f-" + Unique.suffix(), List.of(LINEITEM, SCORE, RESULTS), lineItem));
    await(() -> grades("").contains("data-kenes-score-status=\"delivered\""));

    lms.failNext(
        2, 503, "text/html", "<html><body><h1>Gradebook under maintenance</h1></body></html>");
    String page = grades("?gradebook=read");

    assertThat(page)
        .contains("data-kenes-gradebook-outcome=\"failed\"")
        .contains("HTTP 503: Gradebook under maintenance")
        .contains("data-kenes-gradebook=\"unavailable\"")
        .contains("data-kenes-score-status=\"delivered\"");
  }

  @Test
  void aLaunchWithoutTheResultsScopeIsSaidSoAndThePlatformIsNotAsked() {
    URI lineItem = link.addLineItem();
    link.submit(link.gradedLearner("n-" + Unique.suffix(), List.of(LINEITEM, SCORE), lineItem));
    await(() -> grades("").contains("data-kenes-score-status=\"delivered\""));

    String page = grades("?gradebook=read");

    assertThat(page).contains("data-kenes-gradebook-outcome=\"not-granted\"");
    assertThat(lms.requests("GET", "/lineitems/1/lineitem/results")).isEmpty();
  }

  // --- helpers ---

  /** The grades page of an instructor of the course, {@code query} appended to its path. */
  private String grades(String query) {
    if (instructor == null) {
      instructor = link.instructor();
    }
    return instructor.page(GradedSurvey.GRADES + query);
  }

  private static void await(BooleanSupplier condition) {
    Await.until(condition, PATIENCE);
  }
}
