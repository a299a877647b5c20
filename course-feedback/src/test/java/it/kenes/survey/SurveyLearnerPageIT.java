package it.kenes.survey;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.LtiRoles;
import it.kenes.support.TestPlatform;
import it.kenes.support.Unique;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A learner's survey pages over HTTP: the open round on the landing page, the round's form posted
 * without JavaScript (saved and redirected, refused with the item marked, refused without the CSRF
 * token), and what the survey API then counts.
 */
class SurveyLearnerPageIT {

  private final RespondentFixture fixture = new RespondentFixture();
  private TestPlatform platform;
  private String token;
  private String mark;
  private long surveyId;
  private long roundId;

  @BeforeEach
  void aLearnerInACourseThatDeliversAnOpenSurvey() {
    long program = fixture.program("AGR-201");
    platform = TestPlatform.registerFor(fixture.universityOf(program));
    String course = "course-" + Unique.suffix();
    token = Http.pageReference(platform.launchIntoCourse(LtiRoles.LEARNER, course).sessionToken());
    long contextRef = Http.contextRef(token);
    fixture.deliver(contextRef, program, "AGR-201");
    mark = Unique.suffix();
    long[] ids = fixture.openSurvey(fixture.instrument(mark), program, "Learners " + mark);
    surveyId = ids[0];
    roundId = ids[1];
  }

  @AfterEach
  void closePlatform() {
    platform.close();
  }

  private String roundPath() {
    return "/app/surveys/rounds/" + roundId;
  }

  private HttpAnswer page(String pathAndQuery) {
    return Http.get(pathAndQuery, "Accept", "text/html");
  }

  private HttpAnswer post(String... namesAndValues) {
    String body =
        Stream.iterate(0, i -> i < namesAndValues.length, i -> i + 2)
            .map(i -> encode(namesAndValues[i]) + "=" + encode(namesAndValues[i + 1]))
            .collect(Collectors.joining("&"));
    return Http.post(roundPath(), "application/x-www-form-urlencoded", body, "Accept", "text/html");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private String csrf() {
    HttpAnswer form = page(roundPath() + "?kt=" + token + "&lang=en");
    assertThat(form.status()).as("%s", form).isEqualTo(200);
    return RespondentFixture.hidden(form.body(), "csrf");
  }

  @Test
  void theLandingPageListsTheOpenRoundWithALinkToItsPage() {
    HttpAnswer landing = page("/app?kt=" + token + "&lang=en");

    assertThat(landing.status()).isEqualTo(200);
    assertThat(landing.body())
        .contains("Surveys to answer", "Satisfaction with the program " + mark)
        .containsPattern(
            "href=\"/app/surveys/rounds/" + roundId + "\\?kt=u\\.[0-9.a-f]+&amp;lang=en\"")
        .doesNotContain("Nothing to answer yet");
  }

  @Test
  void aPostedFormIsSavedAndRedirectsToAConfirmation() {
    String csrf = csrf();

    HttpAnswer posted =
        post(
            "kt",
            token,
            "csrf",
            csrf,
            "a.Q1",
            "3",
            "a.Q2",
            "1",
            "a.Q3",
            "gt1",
            "a.Q4",
            "video",
            "a.Q4",
            "quiz",
            "a.Q5",
            "More field work");

    assertThat(posted.status()).as("%s", posted).isEqualTo(303);
    URI location = posted.location().orElseThrow();
    assertThat(location.toString()).contains(roundPath() + "?kt=").contains("done=saved");
    HttpAnswer confirmation = Http.get(location, "Accept", "text/html");
    assertThat(confirmation.body())
        .contains("Your answers were saved; you can change them until")
        .contains("value=\"gt1\"")
        .contains(">More field work</textarea>");
    assertThat(fixture.counts(surveyId, roundId, "learner")).containsExactly(1, 0);
    HttpAnswer api =
        Http.get(
            "/api/rounds/" + roundId + "/form",
            "Accept",
            "application/json",
            "Authorization",
            "Bearer " + token);
    assertThat(api.json().getJsonObject("answers").getJsonArray("Q4").toString())
        .isEqualTo("[\"video\",\"quiz\"]");
  }

  @Test
  void aFormWithoutItsCsrfTokenIsRefusedWith403() {
    HttpAnswer posted = post("kt", token, "a.Q1", "3", "a.Q2", "1", "a.Q3", "gt1");

    assertThat(posted.status()).isEqualTo(403);
    assertThat(posted.mediaType()).isEqualTo("text/html");
    assertThat(fixture.counts(surveyId, roundId, "learner")).containsExactly(0, 0);
  }

  @Test
  void anInvalidValueComesBackAs400WithTheItemMarkedAndNothingStored() {
    String csrf = csrf();

    HttpAnswer refused = post("kt", token, "csrf", csrf, "a.Q1", "7", "a.Q2", "1", "a.Q3", "gt1");

    assertThat(refused.status()).isEqualTo(400);
    String html = refused.body().replaceAll("\\s+", " ");
    assertThat(html)
        .contains("data-error-summary", "Your answers were not saved")
        .contains("<a href=\"#q-Q1-0\">Question 1: Choose one of the four answers.</a>")
        .contains("aria-invalid=\"true\" aria-describedby=\"q-Q1-error\"")
        .contains("<p class=\"field-error\" id=\"q-Q1-error\">Choose one of the four answers.</p>")
        .containsPattern("<input [^>]*id=\"q-Q3-gt1\"[^>]*checked=\"checked\"")
        .doesNotContain("q-Q2-error");
    assertThat(fixture.counts(surveyId, roundId, "learner")).containsExactly(0, 0);
  }
}
