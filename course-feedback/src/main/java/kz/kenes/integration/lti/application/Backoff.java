package kz.kenes.integration.lti.application;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * When to try a score again after a failed attempt: exponential backoff with "equal jitter". The
 * n-th failure waits a random time between half and all of {@code initial · 2^(n-1)}, capped at
 * {@code max}, so that scores refused together during an outage do not all come back at the same
 * second, and a platform's own {@code Retry-After} is honoured when it asks for longer.
 */
record Backoff(Duration initial, Duration max) {

  Backoff {
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("backoff needs 0 < initial <= max");
    }
  }

  /** The wait after the {@code attempt}-th failed attempt (1 for the first). */
  Duration after(int attempt, Duration retryAfter, RandomGenerator random) {
    long ceiling = ceiling(attempt).toMillis();
    long wait = ceiling / 2 + random.nextLong(ceiling / 2 + 1);
    Duration jittered = Duration.ofMillis(wait);
    return retryAfter != null && retryAfter.compareTo(jittered) > 0
        ? (retryAfter.compareTo(max) > 0 ? max : retryAfter)
        : jittered;
  }

  /**
   * The longest wait after the {@code attempt}-th failure: {@code initial · 2^(attempt-1)}, capped.
   */
  Duration ceiling(int attempt) {
    int doublings = Math.max(0, Math.min(attempt - 1, 40));
    long millis = initial.toMillis();
    for (int i = 0; i < doublings && millis < max.toMillis(); i++) {
      millis *= 2;
    }
    return Duration.ofMillis(Math.min(millis, max.toMillis()));
  }
}
