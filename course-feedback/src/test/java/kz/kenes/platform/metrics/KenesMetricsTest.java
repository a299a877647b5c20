package kz.kenes.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KenesMetricsTest {

  private final RecordingRegistry recorded = new RecordingRegistry();
  private final KenesMetrics metrics = new KenesMetrics();

  @BeforeEach
  void wire() {
    metrics.registry = recorded.registry();
  }

  @Test
  void countsAcceptedLaunchesByTheirRoleInLowerCase() {
    metrics.launchAccepted("LEARNER");
    metrics.launchAccepted("LEARNER");
    metrics.launchAccepted("ADMIN");

    assertThat(recorded.count("kenes.lti.launches", "role=learner")).isEqualTo(2);
    assertThat(recorded.count("kenes.lti.launches", "role=admin")).isEqualTo(1);
    assertThat(recorded.count("kenes.lti.launches", "role=instructor")).isZero();
  }

  @Test
  void countsRefusalsByStepAndRule() {
    metrics.ltiRefused("launch", "UNKNOWN_DEPLOYMENT");
    metrics.ltiRefused("login", "UNKNOWN_DEPLOYMENT");
    metrics.ltiRefused("launch", "UNKNOWN_DEPLOYMENT");

    assertThat(recorded.count("kenes.lti.refusals", "step=launch", "reason=UNKNOWN_DEPLOYMENT"))
        .isEqualTo(2);
    assertThat(recorded.count("kenes.lti.refusals", "step=login", "reason=UNKNOWN_DEPLOYMENT"))
        .isEqualTo(1);
  }

  @Test
  void countsSubmissionsByChannelAndWhetherTheyCreatedTheResponse() {
    metrics.responseSubmitted("learner", true);
    metrics.responseSubmitted("learner", false);
    metrics.responseSubmitted("invitation", true);
    metrics.responseSubmitted("invitation", true);

    assertThat(recorded.count("kenes.survey.submissions", "channel=learner", "response=created"))
        .isEqualTo(1);
    assertThat(recorded.count("kenes.survey.submissions", "channel=learner", "response=updated"))
        .isEqualTo(1);
    assertThat(recorded.count("kenes.survey.submissions", "channel=invitation", "response=created"))
        .isEqualTo(2);
  }

  @Test
  void looksUpEachCounterInTheRegistryOnlyOnce() {
    for (int i = 0; i < 5; i++) {
      metrics.launchAccepted("LEARNER");
      metrics.ltiRefused("launch", "INVALID_SIGNATURE");
    }
    metrics.launchAccepted("INSTRUCTOR");

    assertThat(recorded.counterLookups).hasValue(3);
    assertThat(recorded.count("kenes.lti.launches", "role=learner")).isEqualTo(5);
    assertThat(recorded.count("kenes.lti.refusals", "step=launch", "reason=INVALID_SIGNATURE"))
        .isEqualTo(5);
  }

  @Test
  void describesEveryMetricItCounts() {
    metrics.launchAccepted("LEARNER");
    metrics.ltiRefused("login", "MISSING_ISSUER");
    metrics.responseSubmitted("learner", true);

    assertThat(recorded.descriptions)
        .containsOnlyKeys("kenes.lti.launches", "kenes.lti.refusals", "kenes.survey.submissions")
        .allSatisfy((name, description) -> assertThat(description).hasSizeGreaterThan(20));
  }

  @Test
  void registersAGaugeThatAsksItsSupplierAtEveryScrape() {
    double[] figure = {3};
    metrics.gauge("kenes.test.gauge", "a figure a context reads", () -> figure[0]);

    figure[0] = 5;

    assertThat(recorded.gauges.get("kenes.test.gauge[]").get()).isEqualTo(5.0);
  }

  @Test
  void aFailingRegistryNeverFailsTheEventItCounts() {
    recorded.failure = new IllegalArgumentException("metadata clash");

    assertThatCode(
            () -> {
              metrics.launchAccepted("LEARNER");
              metrics.ltiRefused("launch", "INVALID_SIGNATURE");
              metrics.responseSubmitted("invitation", false);
              metrics.gauge("kenes.test.gauge", "a figure", () -> 1.0);
            })
        .doesNotThrowAnyException();
  }
}
