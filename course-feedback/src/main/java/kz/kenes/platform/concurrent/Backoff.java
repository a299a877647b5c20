package kz.kenes.platform.concurrent;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * When to try again after a failed attempt (a score to the platform, a mail to the SMTP server):
 * exponential backoff with "equal jitter". The n-th failure waits a random time between half and
 * all of {@code initial · 2^(n-1)}, capped at {@code max}, so that work refused together during an
 * outage does not all come back at the same second, and a server's own {@code Retry-After} is
 * honoured when it asks for longer.
 */
public record Backoff(Duration initial, Duration max) {

  public Backoff {
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("backoff needs 0 < initial <= max");
    }
  }

  /** The wait after the {@code attempt}-th failed attempt (1 for the first). */
  public Duration after(int attempt, Duration retryAfter, RandomGenerator random) {
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
  public Duration ceiling(int attempt) {
    int doublings = Math.max(0, Math.min(attempt - 1, 40));
    long millis = initial.toMillis();
    for (int i = 0; i < doublings && millis < max.toMillis(); i++) {
      millis *= 2;
    }
    return Duration.ofMillis(Math.min(millis, max.toMillis()));
  }
}
