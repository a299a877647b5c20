package kz.kenes.lti.services.ags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kz.kenes.lti.registration.PlatformRegistration;
import kz.kenes.lti.security.jwt.RsaJwk;
import kz.kenes.lti.services.AccessTokens;
import kz.kenes.lti.services.ServiceCallException;
import kz.kenes.lti.testing.FakeAgsPlatform;
import kz.kenes.lti.testing.MutableClock;
import kz.kenes.lti.testing.TestKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GradeServiceTest {

  static final List<String> GRANTED =
      List.of(AgsScopes.LINEITEM, AgsScopes.SCORE, AgsScopes.RESULT_READONLY);
  static final Instant AT = Instant.parse("2026-12-06T01:30:15.250Z");

  final MutableClock clock = new MutableClock();
  final FakeAgsPlatform platform =
      FakeAgsPlatform.start("client-1", () -> RsaJwk.publicJwkSetJson(List.of(TestKeys.tool())));
  final PlatformRegistration registration =
      new PlatformRegistration(
          1,
          "test",
          "https://lms.example",
          "client-1",
          URI.create("https://lms.example/auth"),
          platform.tokenUrl(),
          URI.create("https://lms.example/jwks"),
          java.util.Set.of("d1"));
  final AccessTokens tokens = new AccessTokens(TestKeys::tool, clock, Duration.ofSeconds(5));
  final GradeService service =
      new GradeService(tokens, HttpClient.newHttpClient(), Duration.ofSeconds(5));

  @AfterEach
  void stop() {
    platform.close();
  }

  static LineItemSpec spec(String resourceId) {
    return new LineItemSpec("Survey", 1, resourceId, "kenes", "link-1");
  }

  @Test
  void postsTheScoreToTheMoodleScoresUrlWithEveryRequiredField() {
    URI lineItem = platform.addLineItem("Survey", "survey:1", "link-1");
    ScoreOutcome outcome = service.publish(registration, GRANTED, lineItem, score(1, AT));

    assertThat(outcome).isEqualTo(ScoreOutcome.STORED);
    FakeAgsPlatform.Recorded sent = platform.requests("POST", "/lineitems/1").get(0);
    assertThat(sent.pathAndQuery()).isEqualTo("/lineitems/1/lineitem/scores?type_id=3");
    assertThat(sent.contentType()).isEqualTo("application/vnd.ims.lis.v1.score+json");
    assertThat(sent.authorization()).startsWith("Bearer ");
    Map<String, Object> json = platform.scores().get(0).json();
    assertThat(json)
        .containsEntry("userId", "sub-1")
        .containsEntry("activityProgress", "Completed")
        .containsEntry("gradingProgress", "FullyGraded")
        .containsEntry("timestamp", "2026-12-06T01:30:15.250+00:00");
    assertThat(((Number) json.get("scoreGiven")).doubleValue()).isEqualTo(1.0);
    assertThat(((Number) json.get("scoreMaximum")).doubleValue()).isEqualTo(1.0);
  }

  @Test
  void aZeroScoreIsSent() {
    URI lineItem = platform.addLineItem("Survey", "survey:1", null);
    service.publish(registration, GRANTED, lineItem, score(0, AT));
    assertThat(((Number) platform.scores().get(0).json().get("scoreGiven")).doubleValue()).isZero();
  }

  @Test
  void moodlesConflictForAnOlderTimestampIsSuperseded() {
    URI lineItem = platform.addLineItem("Survey", "survey:1", null);
    service.publish(registration, GRANTED, lineItem, score(1, AT));
    assertThat(service.publish(registration, GRANTED, lineItem, score(0, AT.plusMillis(500))))
        .isEqualTo(ScoreOutcome.SUPERSEDED);
    assertThat(platform.scores()).hasSize(1);
  }

  @Test
  void a401DropsTheTokenAndRetriesOnceWithANewOne() {
    URI lineItem = platform.addLineItem("Survey", "survey:1", null);
    service.publish(registration, GRANTED, lineItem, score(1, AT));
    platform.revokeTokens();
    service.publish(registration, GRANTED, lineItem, score(1, AT.plusSeconds(5)));
    assertThat(platform.scores()).hasSize(2);
    assertThat(platform.requests("POST", "/token")).hasSize(2);
  }

  @Test
  void aServiceUnavailableIsATransientFailure() {
    URI lineItem = platform.addLineItem("Survey", "survey:1", null);
    tokens.token(registration, AgsScopes.wanted(GRANTED));
    platform.failNext(1, 503);
    assertThatThrownBy(() -> service.publish(registration, GRANTED, lineItem, score(1, AT)))
        .isInstanceOfSatisfying(
            ServiceCallException.class,
            e -> {
              assertThat(e.status()).isEqualTo(503);
              assertThat(e.permanent()).isFalse();
            });
  }

  @Test
  void aMissingLineItemIsAPermanentFailureWithThePlatformsMessage() {
    URI gone = platform.url("/lineitems/99/nothing");
    assertThatThrownBy(() -> service.publish(registration, GRANTED, gone, score(1, AT)))
        .isInstanceOfSatisfying(
            ServiceCallException.class,
            e -> {
              assertThat(e.status()).isEqualTo(404);
              assertThat(e.permanent()).isTrue();
              assertThat(e.platformMessage()).contains("no such service");
            });
  }

  @Test
  void withoutTheScoreScopeNothingIsSent() {
    URI lineItem = platform.addLineItem("Survey", "survey:1", null);
    assertThatThrownBy(
            () ->
                service.publish(registration, List.of(AgsScopes.LINEITEM), lineItem, score(1, AT)))
        .isInstanceOfSatisfying(
            ServiceCallException.class, e -> assertThat(e.permanent()).isTrue());
    assertThat(platform.requests()).isEmpty();
  }

  @Test
  void theLaunchsOwnLineItemIsUsedAsIs() {
    URI own = URI.create("https://lms.example/li/5?type_id=2");
    assertThat(
            service.lineItem(
                registration, GRANTED, own.toString(), "https://lms.example/li", spec("survey:1")))
        .isEqualTo(own);
    assertThat(platform.requests()).isEmpty();
  }

  @Test
  void findsTheActivitysLineItemOnALaterPage() {
    platform.pageSize(2);
    for (int i = 1; i <= 4; i++) {
      platform.addLineItem("Other " + i, "quiz:" + i, null);
    }
    URI wanted = platform.addLineItem("Survey", "survey:12", "link-1");
    assertThat(
            service.lineItem(
                registration, GRANTED, null, platform.lineItemsUrl().toString(), spec("survey:12")))
        .isEqualTo(wanted);
    assertThat(platform.requests("GET", "/lineitems")).hasSize(3);
    assertThat(platform.requests("GET", "/lineitems").get(0).pathAndQuery())
        .contains("resource_id=survey%3A12");
  }

  @Test
  void createsTheLineItemWhenNoneMatches() {
    platform.addLineItem("Other", "quiz:1", null);
    URI created =
        service.lineItem(
            registration, GRANTED, null, platform.lineItemsUrl().toString(), spec("survey:12"));
    FakeAgsPlatform.Recorded post = platform.requests("POST", "/lineitems").get(0);
    assertThat(post.contentType()).isEqualTo(GradeService.LINEITEM_TYPE);
    assertThat(platform.lineItems()).hasSize(2);
    assertThat(platform.lineItems().get(1))
        .containsEntry("resourceId", "survey:12")
        .containsEntry("resourceLinkId", "link-1")
        .containsEntry("label", "Survey");
    assertThat(created.toString()).isEqualTo(platform.lineItems().get(1).get("id"));
  }

  @Test
  void readsTheResultsOfALineItem() {
    URI lineItem = platform.addLineItem("Survey", "survey:1", null);
    service.publish(registration, GRANTED, lineItem, score(1, AT));
    assertThat(service.results(registration, GRANTED, lineItem))
        .containsExactly(new Result("sub-1", 1.0, 1.0));
  }

  @Test
  void readsEveryPageOfResults() {
    URI lineItem = platform.addLineItem("Survey", "survey:1", null);
    for (String sub : List.of("sub-1", "sub-2", "sub-3")) {
      service.publish(
          registration,
          GRANTED,
          lineItem,
          new Score(sub, 1, 1, Score.ActivityProgress.Completed, AT));
    }
    platform.pageSize(2);

    assertThat(service.results(registration, GRANTED, lineItem))
        .extracting(Result::userId)
        .containsExactly("sub-1", "sub-2", "sub-3");
    assertThat(platform.requests("GET", "/lineitems/1/lineitem/results"))
        .extracting(FakeAgsPlatform.Recorded::pathAndQuery)
        .containsExactly(
            "/lineitems/1/lineitem/results?type_id=3",
            "/lineitems/1/lineitem/results?type_id=3&page=2");
  }

  @Test
  void resultsAreNotAskedWithoutTheResultScope() {
    URI lineItem = platform.addLineItem("Survey", "survey:1", null);
    assertThatThrownBy(
            () ->
                service.results(
                    registration, List.of(AgsScopes.LINEITEM, AgsScopes.SCORE), lineItem))
        .isInstanceOfSatisfying(ServiceCallException.class, e -> assertThat(e.permanent()).isTrue())
        .hasMessageContaining("result.readonly");
    assertThat(platform.requests()).isEmpty();
  }

  @Test
  void aRefusedResultsReadCarriesThePlatformsStatusAndASanitizedMessage() {
    URI lineItem = platform.addLineItem("Survey", "survey:1", null);
    service.publish(registration, GRANTED, lineItem, score(1, AT)); // a token is cached
    platform.failNext(
        1, 503, "text/html", "<html><body><h1>Gradebook under maintenance</h1></body></html>");

    assertThatThrownBy(() -> service.results(registration, GRANTED, lineItem))
        .isInstanceOfSatisfying(
            ServiceCallException.class,
            e -> {
              assertThat(e.status()).isEqualTo(503);
              assertThat(e.permanent()).isFalse();
              assertThat(e.platformMessage()).isEqualTo("Gradebook under maintenance");
            });
  }

  static Score score(double given, Instant at) {
    return new Score("sub-1", given, 1, Score.ActivityProgress.Completed, at);
  }
}
