package it.kenes.platform;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.Flow;
import it.kenes.support.Http;
import it.kenes.support.LoginResult;
import it.kenes.support.MetricsScrape;
import it.kenes.support.TestPlatform;
import it.kenes.support.VirtualBrowser;
import java.util.OptionalDouble;
import kz.kenes.lti.LtiClaims;
import org.junit.jupiter.api.Test;

/**
 * What an operator scrapes at {@code /metrics} (docs/configuration.md, "Metrics"): launches
 * accepted and refused by step and rule, the login states, request latency by route, the database
 * pool; and never a token. Other tests may launch at the same time, so counters are compared before
 * and after as "at least".
 */
class MetricsIT {

  private static final String LAUNCHES = "kenes_lti_launches_total";
  private static final String REFUSALS = "kenes_lti_refusals_total";

  @Test
  void countsAcceptedLaunchesByRoleAndRefusalsByStepAndRule() {
    MetricsScrape before = MetricsScrape.take();
    Flow accepted;
    Flow refused;
    try (TestPlatform platform = TestPlatform.register()) {
      accepted = platform.completeFlow();
      refused = platform.completeFlow(token -> token.with(LtiClaims.DEPLOYMENT_ID, "no-such"));
      platform.login(VirtualBrowser.open(), platform.loginParameters().without("login_hint"));
    }
    MetricsScrape after = MetricsScrape.take();

    assertThat(accepted.succeeded()).isTrue();
    assertThat(refused.launch().status()).isEqualTo(403);
    assertThat(after.sum(LAUNCHES, "role", "learner"))
        .isGreaterThanOrEqualTo(before.sum(LAUNCHES, "role", "learner") + 1);
    assertThat(after.sum(REFUSALS, "step", "launch", "reason", "UNKNOWN_DEPLOYMENT"))
        .isGreaterThanOrEqualTo(
            before.sum(REFUSALS, "step", "launch", "reason", "UNKNOWN_DEPLOYMENT") + 1);
    assertThat(after.sum(REFUSALS, "step", "login", "reason", "MISSING_LOGIN_HINT"))
        .isGreaterThanOrEqualTo(
            before.sum(REFUSALS, "step", "login", "reason", "MISSING_LOGIN_HINT") + 1);
    assertThat(after.matching(REFUSALS))
        .allSatisfy(s -> assertThat(s.labels()).containsKeys("step", "reason"));
  }

  @Test
  void gaugesTheLoginStatesFromTheDatabase() {
    try (TestPlatform platform = TestPlatform.register()) {
      LoginResult pending = platform.login(VirtualBrowser.open());
      assertThat(pending.answer().status()).isEqualTo(302);
    }
    MetricsScrape scrape = MetricsScrape.take();

    OptionalDouble pending = scrape.value("kenes_lti_login_states_pending");
    OptionalDouble stored = scrape.value("kenes_lti_login_states_stored");
    assertThat(pending).as("the pending gauge, not NaN: the count query runs").isPresent();
    assertThat(pending.getAsDouble()).isNotNaN().isGreaterThanOrEqualTo(0);
    assertThat(stored.orElseThrow()).isNotNaN().isGreaterThanOrEqualTo(pending.getAsDouble());
  }

  @Test
  void showsRequestLatencyByRouteAndTheDatabasePool() {
    try (TestPlatform platform = TestPlatform.register()) {
      assertThat(platform.completeFlow().succeeded()).isTrue();
    }
    MetricsScrape scrape = MetricsScrape.take();

    assertThat(
            scrape.sum("http_server_request_duration_seconds_count", "http_route", "/lti/launch"))
        .isGreaterThanOrEqualTo(1);
    assertThat(scrape.sum("http_server_request_duration_seconds_sum", "http_route", "/lti/launch"))
        .isPositive();
    assertThat(scrape.value("connectionpool_managedConnections", "datasource", "jdbc_kenes"))
        .isPresent();
    assertThat(scrape.value("connectionpool_connectionHandles", "datasource", "jdbc_kenes"))
        .isPresent();
    assertThat(scrape.value("connectionpool_waitTime_total_seconds", "datasource", "jdbc_kenes"))
        .isPresent();
  }

  @Test
  void neverShowsATokenOrAPathWithOne() {
    String sessionToken;
    try (TestPlatform platform = TestPlatform.register()) {
      sessionToken = platform.completeFlow().sessionToken();
    }
    String invitationToken = "made-up-invitation-" + System.nanoTime();
    Http.get("/survey/i/" + invitationToken);
    Http.get("/app?kt=" + sessionToken);

    MetricsScrape scrape = MetricsScrape.take();

    assertThat(scrape.text()).doesNotContain(sessionToken).doesNotContain(invitationToken);
    assertThat(
            scrape.sum(
                "http_server_request_duration_seconds_count", "http_route", "/survey/i/{token}"))
        .isGreaterThanOrEqualTo(1);
  }
}
