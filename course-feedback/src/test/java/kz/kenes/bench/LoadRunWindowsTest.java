package kz.kenes.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A load run of flows that only sleep: no server. */
class LoadRunWindowsTest {

  @Test
  void windowsCountFromTheClockStartSoTheSetUpTakesItsShare() throws InterruptedException {
    AtomicLong flows = new AtomicLong();
    long setUpStarted = System.nanoTime() - Duration.ofMillis(400).toNanos();
    LoadRun.Settings settings =
        new LoadRun.Settings(
            2,
            Duration.ZERO,
            Duration.ofMillis(900),
            1_000_000,
            Duration.ofSeconds(1),
            Duration.ofMillis(300),
            OptionalLong.of(setUpStarted));

    LoadRun.Outcome outcome =
        LoadRun.run(
            settings,
            1,
            w ->
                steps -> {
                  Thread.sleep(5);
                  if (flows.incrementAndGet() % 10 == 0) {
                    throw new FlowFailure("step", 500, "every 10th fails");
                  }
                });

    List<Windows.Stat> stats = outcome.windows().orElseThrow().stats();
    assertThat(stats).hasSize(3);
    assertThat(stats.get(0).completed() + stats.get(0).failed()).isZero();
    assertThat(stats.stream().mapToLong(Windows.Stat::completed).sum())
        .isEqualTo(outcome.completed())
        .isPositive();
    assertThat(stats.stream().mapToLong(Windows.Stat::failed).sum()).isEqualTo(outcome.failed());
    assertThat(outcome.window()).isLessThanOrEqualTo(Duration.ofMillis(900));
  }

  @Test
  void withoutWindowsTheRunIsAsBefore() throws InterruptedException {
    LoadRun.Outcome outcome =
        LoadRun.run(
            new LoadRun.Settings(
                1, Duration.ZERO, Duration.ofMillis(200), 5, Duration.ofSeconds(1)),
            1,
            w -> steps -> {});

    assertThat(outcome.windows()).isEmpty();
    assertThat(outcome.completed()).isEqualTo(5);
  }
}
