package kz.kenes.integration.lti.application;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import kz.kenes.platform.config.MovableClock;
import kz.kenes.platform.domain.TooManyRequests;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class LoginRateLimitTest {

  private final MovableClock now = new MovableClock(Instant.parse("2026-11-23T10:00:00Z"));
  private final LoginRateLimit limit = new LoginRateLimit(now, 60, Set.of("127.0.0.1"));

  @Test
  void takesAMinutesWorthAtOnceThenRefuses() {
    for (int i = 0; i < 60; i++) {
      limit.take("203.0.113.1");
    }
    assertThatThrownBy(() -> limit.take("203.0.113.1"))
        .isInstanceOfSatisfying(
            TooManyRequests.class,
            e -> {
              Assertions.assertThat(e.reason()).isEqualTo("too-many-logins");
              Assertions.assertThat(e.retryAfter().orElseThrow())
                  .isBetween(Duration.ofMillis(1), Duration.ofSeconds(1).plusMillis(1));
            });
  }

  @Test
  void refillsAtTheConfiguredRate() {
    for (int i = 0; i < 60; i++) {
      limit.take("203.0.113.1");
    }
    now.advance(Duration.ofSeconds(1));
    assertThatCode(() -> limit.take("203.0.113.1")).doesNotThrowAnyException();
    assertThatThrownBy(() -> limit.take("203.0.113.1")).isInstanceOf(TooManyRequests.class);
  }

  @Test
  void countsEachAddressOnItsOwn() {
    for (int i = 0; i < 60; i++) {
      limit.take("203.0.113.1");
    }
    assertThatCode(() -> limit.take("203.0.113.2")).doesNotThrowAnyException();
  }

  @Test
  void leavesUnlimitedAddressesAlone() {
    for (int i = 0; i < 1000; i++) {
      limit.take("127.0.0.1");
    }
  }

  @Test
  void zeroPerMinuteMeansNoLimit() {
    LoginRateLimit off = new LoginRateLimit(now, 0, Set.of());
    for (int i = 0; i < 1000; i++) {
      off.take("203.0.113.1");
    }
  }

  @Test
  void staysBoundedUnderAFloodOfAddresses() {
    for (int i = 0; i < LoginRateLimit.MAX_TRACKED + 10; i++) {
      limit.take("10.0." + (i / 250) + "." + (i % 250));
    }
    Assertions.assertThat(limit.tracked()).isLessThanOrEqualTo(LoginRateLimit.MAX_TRACKED);
  }
}
