package kz.kenes.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import kz.kenes.platform.config.MovableClock;
import org.junit.jupiter.api.Test;

class CachedReadingTest {

  private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private final AtomicInteger reads = new AtomicInteger();

  @Test
  void readsAtMostOncePerIntervalHoweverManyGaugesAsk() {
    CachedReading<Long> reading =
        new CachedReading<>(() -> (long) reads.incrementAndGet(), Duration.ofSeconds(10), clock);

    assertThat(reading.figure(Long::longValue).get()).isEqualTo(1.0);
    clock.advance(Duration.ofSeconds(9));
    assertThat(reading.figure(Long::longValue).get()).isEqualTo(1.0);
    assertThat(reading.get()).contains(1L);
    clock.advance(Duration.ofSeconds(1));
    assertThat(reading.figure(Long::longValue).get()).isEqualTo(2.0);
    assertThat(reads).hasValue(2);
  }

  @Test
  void aFailedReadShowsAsNanUntilTheNextIntervalThenRecovers() {
    boolean[] databaseDown = {true};
    CachedReading<Long> reading =
        new CachedReading<>(
            () -> {
              reads.incrementAndGet();
              if (databaseDown[0]) {
                throw new IllegalStateException("could not count the login states");
              }
              return 7L;
            },
            Duration.ofSeconds(10),
            clock);

    assertThat(reading.figure(Long::longValue).get()).isNaN();
    databaseDown[0] = false;
    assertThat(reading.figure(Long::longValue).get()).as("not asked again at once").isNaN();
    clock.advance(Duration.ofSeconds(10));
    assertThat(reading.figure(Long::longValue).get()).isEqualTo(7.0);
    assertThat(reads).hasValue(2);
  }
}
