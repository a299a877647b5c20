package kz.kenes.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import kz.kenes.identity.domain.AdminTokenFailures;
import kz.kenes.platform.config.MovableClock;
import kz.kenes.platform.domain.TooManyRequests;
import kz.kenes.platform.errors.Problems;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  private static final int MAX = 5;
  private static final Duration WINDOW = Duration.ofMinutes(5);

  private final MovableClock now = new MovableClock(Instant.parse("2026-11-23T10:00:00Z"));
  private final InMemoryFailures store = new InMemoryFailures();
  private final SignInThrottle throttle =
      new SignInThrottle(store, now, address -> "key:" + address, MAX, WINDOW);

  @Test
  void allowsAnAddressWithoutFailures() {
    throttle.begin("203.0.113.1").succeeded();
    assertThat(store.clears).isZero();
  }

  @Test
  void refusesEvenTheRightTokenAfterTheLimitUntilTheWindowEnds() {
    failTimes("203.0.113.1", MAX);

    assertThatThrownBy(() -> throttle.begin("203.0.113.1"))
        .isInstanceOfSatisfying(
            TooManyRequests.class,
            e -> {
              assertThat(Problems.status(e)).isEqualTo(429);
              assertThat(e.retryAfter()).contains(WINDOW);
              assertThat(e.getMessage()).contains("Too many wrong admin tokens");
            });

    now.advance(WINDOW.plusSeconds(1));
    throttle.begin("203.0.113.1").succeeded();
  }

  @Test
  void countsEachAddressOnItsOwn() {
    failTimes("203.0.113.1", MAX);
    throttle.begin("203.0.113.2").succeeded();
  }

  @Test
  void theRightTokenBeforeTheLimitForgetsEarlierFailures() {
    failTimes("203.0.113.1", MAX - 1);
    throttle.begin("203.0.113.1").succeeded();
    failTimes("203.0.113.1", MAX - 1);
    throttle.begin("203.0.113.1");
    assertThat(store.clears).isEqualTo(1);
  }

  @Test
  void aFailureAfterTheWindowStartsANewWindow() {
    failTimes("203.0.113.1", MAX - 1);
    now.advance(WINDOW.plusSeconds(1));
    failTimes("203.0.113.1", MAX - 1);
    throttle.begin("203.0.113.1");
  }

  private void failTimes(String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.begin(address).failed();
    }
  }

  /** The store's contract as the SQL keeps it: a stale window restarts at the failure. */
  static final class InMemoryFailures implements AdminTokenFailures {
    final Map<String, Window> windows = new HashMap<>();
    int clears;

    @Override
    public Optional<Window> find(String clientKey) {
      return Optional.ofNullable(windows.get(clientKey));
    }

    @Override
    public void recordFailure(String clientKey, Instant now, Instant windowCutoff) {
      windows.merge(
          clientKey,
          new Window(now, 1),
          (old, fresh) ->
              old.start().isBefore(windowCutoff)
                  ? fresh
                  : new Window(old.start(), old.failures() + 1));
    }

    @Override
    public void clear(String clientKey) {
      clears++;
      windows.remove(clientKey);
    }
  }
}
