package kz.kenes.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-11-23T10:00:00Z"));
  private final SignInThrottle throttle =
      new SignInThrottle(
          new Clock() {
            @Override
            public ZoneOffset getZone() {
              return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
              return this;
            }

            @Override
            public Instant instant() {
              return now.get();
            }
          });

  @Test
  void refusesAnAddressAfterFiveWrongTokensUntilTheWindowPasses() {
    for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
      assertThat(throttle.allows("10.0.0.7")).isTrue();
      throttle.recordFailure("10.0.0.7");
    }
    assertThat(throttle.allows("10.0.0.7")).isFalse();
    assertThat(throttle.allows("10.0.0.8")).isTrue();
    now.set(now.get().plus(SignInThrottle.WINDOW).plus(Duration.ofSeconds(1)));
    assertThat(throttle.allows("10.0.0.7")).isTrue();
  }

  @Test
  void aSuccessfulSignInClearsTheCount() {
    for (int i = 0; i < SignInThrottle.MAX_FAILURES - 1; i++) {
      throttle.recordFailure("10.0.0.7");
    }
    throttle.recordSuccess("10.0.0.7");
    throttle.recordFailure("10.0.0.7");
    assertThat(throttle.allows("10.0.0.7")).isTrue();
  }
}
