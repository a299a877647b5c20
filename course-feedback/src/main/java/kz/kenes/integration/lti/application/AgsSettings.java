package kz.kenes.integration.lti.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import kz.kenes.platform.concurrent.Backoff;
import kz.kenes.platform.config.KenesConfig;

/**
 * The settings of grade delivery (docs/configuration.md, "Grades"): durations in ISO 8601 ({@code
 * PT30S}).
 */
@ApplicationScoped
public class AgsSettings {

  public static final String WORKER = "kenes.ags.worker";
  public static final String POLL = "kenes.ags.poll-interval";
  public static final String RETRY_INITIAL = "kenes.ags.retry.initial";
  public static final String RETRY_MAX = "kenes.ags.retry.max";
  public static final String MAX_ATTEMPTS = "kenes.ags.max-attempts";
  public static final String TIMEOUT = "kenes.ags.timeout";
  public static final String RESULTS_WAIT = "kenes.ags.results-wait";

  @Inject KenesConfig config;

  /** Whether this node runs a delivery worker (default true; every node may). */
  public boolean worker() {
    return config.value(WORKER).filter(v -> !v.isBlank()).map(Boolean::parseBoolean).orElse(true);
  }

  /** How often an idle worker looks for due scores (default 5 s; a new score wakes it at once). */
  public Duration pollInterval() {
    return duration(POLL, Duration.ofSeconds(5));
  }

  public Backoff backoff() {
    return new Backoff(
        duration(RETRY_INITIAL, Duration.ofSeconds(30)), duration(RETRY_MAX, Duration.ofHours(1)));
  }

  /**
   * After this many failed attempts a score is failed for good (default 40: about a day and a
   * half).
   */
  public int maxAttempts() {
    return config.value(MAX_ATTEMPTS).filter(v -> !v.isBlank()).map(Integer::parseInt).orElse(40);
  }

  /** Connect and read timeout of a service call (default 10 s). */
  public Duration timeout() {
    return duration(TIMEOUT, Duration.ofSeconds(10));
  }

  /**
   * How long the instructor's grades page waits for the platforms' results (default 8 s); a link
   * whose results have not come by then is shown as not answered, the rest of the page as usual.
   */
  public Duration resultsWait() {
    return duration(RESULTS_WAIT, Duration.ofSeconds(8));
  }

  /** How long a claimed score is left to its worker before another may take it. */
  public Duration lease() {
    return timeout().multipliedBy(6);
  }

  private Duration duration(String key, Duration fallback) {
    return config.value(key).filter(v -> !v.isBlank()).map(Duration::parse).orElse(fallback);
  }
}
