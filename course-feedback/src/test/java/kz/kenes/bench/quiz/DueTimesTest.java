package kz.kenes.bench.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import kz.kenes.bench.FlowFailure;
import kz.kenes.bench.quiz.DueTimes.Timing;
import org.junit.jupiter.api.Test;

class DueTimesTest {

  private static final long S = 1_000_000_000L;
  private static final long MS = 1_000_000L;
  private static final long FROM = 100 * S;
  private static final long UNTIL = 110 * S;
  private static final Duration WINDOW = Duration.ofSeconds(10);

  private final DueTimes times = new DueTimes(2, FROM, UNTIL);

  @Test
  void latencyCountsFromTheDueTimeAndLatenessFromItToTheSend() {
    Timing t = new Timing(FROM, FROM + 30 * MS, FROM + 35 * MS);

    assertThat(t.fromDue()).isEqualTo(35 * MS);
    assertThat(t.fromSent()).isEqualTo(5 * MS);
    assertThat(t.late()).isEqualTo(30 * MS);
  }

  @Test
  void aStallShowsInEveryActionThatWaitedForItNotInOneSample() {
    // The server stalls for 1 s at 100 s; actions are due every 10 ms. The first waits 1 s; the
    // next 99 go out when it is answered, each late, each then answered in 1 ms. Timed from the
    // send, 99 of 100 samples say 1 ms (a closed loop's view); timed from the due time, half of
    // them waited at least half a second.
    long stallEnd = FROM + S;
    times.answered(0, new Timing(FROM, FROM, stallEnd));
    for (int i = 1; i < 100; i++) {
      long due = FROM + i * 10 * MS;
      times.answered(0, new Timing(due, stallEnd, stallEnd + MS));
    }

    Latency fromDue = times.latency(0, true, WINDOW);
    Latency fromSent = times.latency(0, false, WINDOW);
    assertThat(fromSent.p50()).isEqualTo(1.0);
    assertThat(fromSent.p90()).isEqualTo(1.0);
    assertThat(fromDue.p50()).isEqualTo(501.0);
    assertThat(fromDue.p99()).isEqualTo(991.0);
    assertThat(fromDue.max()).isEqualTo(1_000.0);
    assertThat(fromDue.perSecond()).isEqualTo(10.0);
    DueTimes.Lateness late = times.lateness();
    assertThat(late.actions()).isEqualTo(100);
    assertThat(late.overMs()).containsExactly(99, 99, 90);
    assertThat(late.maxMs()).isEqualTo(990.0);
  }

  @Test
  void countsTheLateByBracketIncludingTheirBound() {
    long[] lateMs = {0, 1, 5, 10, 99, 100, 250};
    for (long l : lateMs) {
      times.answered(1, new Timing(FROM + S, FROM + S + l * MS, FROM + S + l * MS + MS));
    }

    DueTimes.Lateness late = times.lateness();
    assertThat(late.overMs()).containsExactly(6, 4, 2);
    assertThat(late.fields())
        .isEqualTo("late_1ms=6 late_10ms=4 late_100ms=2 late_p99_ms=250.0 late_max_ms=250.0");
  }

  @Test
  void onlyActionsDueInTheWindowAreMeasured() {
    times.answered(0, new Timing(FROM - 1, FROM + 10 * MS, FROM + 20 * MS)); // warm-up
    times.answered(0, new Timing(FROM, FROM, FROM + MS));
    times.answered(1, new Timing(UNTIL - MS, UNTIL + S, UNTIL + 2 * S)); // due inside, late
    times.answered(1, new Timing(UNTIL, UNTIL, UNTIL + MS)); // after the window

    assertThat(times.completed(0)).isEqualTo(1);
    assertThat(times.completed(1)).isEqualTo(1);
    assertThat(times.completed()).isEqualTo(2);
    assertThat(times.outside(0)).isEqualTo(1);
    assertThat(times.outside(1)).isEqualTo(1);
    assertThat(times.latency(1, true, WINDOW).max()).isEqualTo(2_001.0);
  }

  @Test
  void failuresCountEverywhereAndByKind() {
    times.failed(FROM - S, new FlowFailure("submit", 500, "boom"));
    times.failed(FROM + S, new FlowFailure("submit", 500, "boom"));
    times.failed(FROM + S, new FlowFailure("start", -1, "timed out"));

    assertThat(times.failedInAll()).isEqualTo(3);
    assertThat(times.failedInWindow()).isEqualTo(2);
    assertThat(times.failuresByKind()).containsEntry("submit HTTP 500", 2L);
    assertThat(times.failuresByKind()).containsEntry("start no answer", 1L);
    assertThat(times.failureSamples()).first().isEqualTo("submit HTTP 500: boom");
  }

  @Test
  void anActionSentBeforeItWasDueIsABug() {
    assertThatThrownBy(() -> new Timing(FROM, FROM - 1, FROM + MS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an action went out 1 ns before it was due");
    assertThatThrownBy(() -> new Timing(FROM, FROM + MS, FROM))
        .hasMessage("an answer was read before its request went out");
  }

  @Test
  void anEmptyWindowHasNoFigures() {
    assertThat(times.latency(0, true, WINDOW).p99()).isNaN();
    assertThat(times.lateness().actions()).isZero();
    assertThat(times.lateness().overMs()).containsExactly(0, 0, 0);
  }
}
