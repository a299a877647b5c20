package kz.kenes.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowsTest {

  private static final long S = 1_000_000_000L;
  private static final long MS = 1_000_000L;
  private static final Duration TEN = Duration.ofSeconds(10);

  @Test
  void bucketsIncludeTheirStartAndTheLastOneTheEnd() {
    int count = Windows.count(60 * S, 10 * S);

    assertThat(count).isEqualTo(6);
    assertThat(Windows.bucket(0, 10 * S, count)).isZero();
    assertThat(Windows.bucket(10 * S - 1, 10 * S, count)).isZero();
    assertThat(Windows.bucket(10 * S, 10 * S, count)).isEqualTo(1);
    assertThat(Windows.bucket(60 * S, 10 * S, count)).isEqualTo(5);
    assertThat(Windows.count(65 * S, 10 * S)).isEqualTo(7);
    assertThat(Windows.count(0, 10 * S)).isEqualTo(1);
  }

  @Test
  void countsEachFlowInTheWindowItEndedIn() {
    long origin = 5_000 * S;
    Windows.Recorder a = new Windows.Recorder(origin);
    Windows.Recorder b = new Windows.Recorder(origin);
    for (int i = 0; i < 100; i++) {
      a.success(origin + 2 * S + i * MS, (i + 1) * MS); // first window: 1..100 ms
    }
    b.success(origin + 15 * S, 7 * MS);
    b.failure(origin + 16 * S);
    b.failure(origin + 25 * S);

    List<Windows.Stat> stats = Windows.of(List.of(a, b), origin, origin + 25 * S, TEN).stats();

    assertThat(stats).hasSize(3);
    assertThat(stats.get(0).completed()).isEqualTo(100);
    assertThat(stats.get(0).perSecond()).isEqualTo(10.0);
    assertThat(stats.get(0).p50Ms()).isEqualTo(50.0);
    assertThat(stats.get(0).p99Ms()).isEqualTo(99.0);
    assertThat(stats.get(1).completed()).isEqualTo(1);
    assertThat(stats.get(1).failed()).isEqualTo(1);
    assertThat(stats.get(2).fromNanos()).isEqualTo(20 * S);
    assertThat(stats.get(2).toNanos()).isEqualTo(25 * S);
    assertThat(stats.get(2).completed()).isZero();
    assertThat(stats.get(2).failed()).isEqualTo(1);
    assertThat(stats.get(2).p50Ms()).isNaN();
  }

  @Test
  void theFirstMinuteIsReportedOnlyWhenTheRunCoversIt() {
    long origin = -3 * S; // nanoTime may be negative
    Windows.Recorder r = new Windows.Recorder(origin);
    for (int i = 0; i < 70; i++) {
      r.success(origin + i * S + 500 * MS, 20 * MS);
    }
    r.failure(origin + 59 * S);

    Windows covered = Windows.of(List.of(r), origin, origin + 70 * S, TEN);
    Windows.Stat minute = covered.first(Duration.ofSeconds(60)).orElseThrow();

    assertThat(minute.completed()).isEqualTo(60);
    assertThat(minute.failed()).isEqualTo(1);
    assertThat(minute.perSecond()).isEqualTo(1.0);
    assertThat(Windows.of(List.of(r), origin, origin + 59 * S, TEN).first(Duration.ofSeconds(60)))
        .isEmpty();
    assertThat(covered.lines("flows", Duration.ofSeconds(60)))
        .hasSize(8)
        .startsWith(
            "WINDOW from_s=0 to_s=10 flows_per_s=1.0 completed=10 failed=0 p50_ms=20.0"
                + " p99_ms=20.0")
        .endsWith(
            "FIRST_60S from_s=0 to_s=60 flows_per_s=1.0 completed=60 failed=1 p50_ms=20.0"
                + " p99_ms=20.0");
  }
}
