package kz.kenes.platform.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffTest {

  final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1));

  @ParameterizedTest
  @CsvSource({"1, 30", "2, 60", "3, 120", "5, 480", "8, 3600", "40, 3600", "1000, 3600"})
  void theCeilingDoublesPerAttemptUpToTheMaximum(int attempt, long seconds) {
    assertThat(backoff.ceiling(attempt)).isEqualTo(Duration.ofSeconds(seconds));
  }

  @Test
  void theWaitIsJitteredBetweenHalfAndAllOfTheCeiling() {
    Random random = new Random(42);
    Set<Duration> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      Duration wait = backoff.after(3, null, random);
      assertThat(wait).isBetween(Duration.ofSeconds(60), Duration.ofSeconds(120));
      seen.add(wait);
    }
    assertThat(seen).hasSizeGreaterThan(100);
  }

  @Test
  void aLongerRetryAfterOfThePlatformIsHonouredUpToTheMaximum() {
    Random random = new Random(1);
    assertThat(backoff.after(1, Duration.ofMinutes(10), random)).isEqualTo(Duration.ofMinutes(10));
    assertThat(backoff.after(1, Duration.ofHours(5), random)).isEqualTo(Duration.ofHours(1));
    assertThat(backoff.after(1, Duration.ofSeconds(1), random))
        .isBetween(Duration.ofSeconds(15), Duration.ofSeconds(30));
  }
}
