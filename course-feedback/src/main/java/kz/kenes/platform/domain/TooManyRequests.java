package kz.kenes.platform.domain;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The caller has tried too often, too fast: wrong admin tokens, new LTI logins, answers through one
 * shared link from one address. It says when a new try can succeed, if it knows.
 */
public class TooManyRequests extends DomainException {

  private final Duration retryAfter;

  public TooManyRequests(String reason, String message, Duration retryAfter) {
    super(reason, message, Map.of());
    this.retryAfter = retryAfter;
  }

  /** How long the caller should wait before trying again; empty when waiting does not help. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** Whole seconds to wait, at least one: the value of a {@code Retry-After} header. */
  public static long seconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }
}
