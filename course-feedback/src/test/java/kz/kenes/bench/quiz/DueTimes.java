package kz.kenes.bench.quiz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import kz.kenes.bench.FlowFailure;
import kz.kenes.bench.FlowRecorder;

/**
 * What the open mode measured: each action's latency counted from when it was <em>due</em> (its
 * place in the learner's schedule), not from when it went out. A generator that waits for a slow
 * answer before sending the next request, and then times only the requests it sent, leaves out the
 * time the waiting requests would have waited ("coordinated omission"); counting from the due time
 * puts it back. Beside it: the latency from the send (what the server alone took) and how late the
 * actions went out. Only actions due in the measured window count; the others (warm-up) are counted
 * apart. Thread-safe.
 */
final class DueTimes {

  /** The lateness at or above which an action is counted as sent late, in each bracket. */
  static final long[] LATE_BRACKETS_MS = {1, 10, 100};

  /** One answered action: when it was due, when it went out and when its answer was read. */
  record Timing(long due, long sent, long answered) {
    Timing {
      if (sent - due < 0) {
        throw new IllegalArgumentException(
            "an action went out " + (due - sent) + " ns before it was due");
      }
      if (answered - sent < 0) {
        throw new IllegalArgumentException("an answer was read before its request went out");
      }
    }

    /** The latency the learner saw: from when the action was due to its answer. */
    long fromDue() {
      return answered - due;
    }

    /** The latency of the request alone: from its send to its answer. */
    long fromSent() {
      return answered - sent;
    }

    /** How late the action went out. */
    long late() {
      return sent - due;
    }
  }

  /**
   * How late the measured actions went out.
   *
   * @param overMs for each of {@link #LATE_BRACKETS_MS}, how many went out at least that late
   */
  record Lateness(long actions, long[] overMs, double p99Ms, double maxMs) {

    /** {@code late_1ms=… late_10ms=… late_100ms=… late_p99_ms=… late_max_ms=…}. */
    String fields() {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < LATE_BRACKETS_MS.length; i++) {
        b.append("late_").append(LATE_BRACKETS_MS[i]).append("ms=").append(overMs[i]).append(' ');
      }
      return b.append(String.format(Locale.ROOT, "late_p99_ms=%.1f late_max_ms=%.1f", p99Ms, maxMs))
          .toString();
    }
  }

  private final long measureFrom;
  private final long measureUntil;
  private final Samples[] fromDue;
  private final Samples[] fromSent;
  private final Samples late = new Samples();
  private final long[] outside;
  private final Map<String, Long> failures = new TreeMap<>();
  private final List<String> failureSamples = new ArrayList<>();
  private long failedInWindow;
  private long failedInAll;

  /** Actions of {@code steps} kinds; those due in [{@code from}, {@code until}) are measured. */
  DueTimes(int steps, long measureFrom, long measureUntil) {
    this.measureFrom = measureFrom;
    this.measureUntil = measureUntil;
    fromDue = new Samples[steps];
    fromSent = new Samples[steps];
    outside = new long[steps];
    for (int i = 0; i < steps; i++) {
      fromDue[i] = new Samples();
      fromSent[i] = new Samples();
    }
  }

  boolean measured(long due) {
    return due - measureFrom >= 0 && due - measureUntil < 0;
  }

  /** An action of kind {@code step} that was answered as expected. */
  void answered(int step, Timing t) {
    if (!measured(t.due())) {
      synchronized (this) {
        outside[step]++;
      }
      return;
    }
    fromDue[step].add(t.fromDue());
    fromSent[step].add(t.fromSent());
    late.add(t.late());
  }

  /** An action that failed; failures count wherever they fall, for the run's verdict. */
  synchronized void failed(long due, FlowFailure failure) {
    failedInAll++;
    if (measured(due)) {
      failedInWindow++;
    }
    String kind =
        failure.step + " " + (failure.status < 0 ? "no answer" : "HTTP " + failure.status);
    failures.merge(kind, 1L, Long::sum);
    if (failureSamples.size() < 10) {
      failureSamples.add(failure.getMessage());
    }
  }

  /** Step {@code step}'s measured latencies, from the due time or from the send. */
  Latency latency(int step, boolean fromDueTime, Duration window) {
    return Latency.of((fromDueTime ? fromDue : fromSent)[step].sorted(), window);
  }

  long completed(int step) {
    return fromDue[step].size();
  }

  long completed() {
    return late.size();
  }

  /** Answered actions of kind {@code step} that were due outside the window (the warm-up). */
  synchronized long outside(int step) {
    return outside[step];
  }

  Lateness lateness() {
    long[] sorted = late.sorted();
    long[] over = new long[LATE_BRACKETS_MS.length];
    for (int i = 0; i < over.length; i++) {
      long bound = LATE_BRACKETS_MS[i] * 1_000_000L;
      int firstAtOrOver = Arrays.binarySearch(sorted, bound);
      if (firstAtOrOver < 0) {
        firstAtOrOver = -firstAtOrOver - 1;
      } else {
        while (firstAtOrOver > 0 && sorted[firstAtOrOver - 1] == bound) {
          firstAtOrOver--;
        }
      }
      over[i] = sorted.length - firstAtOrOver;
    }
    return new Lateness(
        sorted.length,
        over,
        FlowRecorder.percentileMillis(sorted, 99),
        FlowRecorder.percentileMillis(sorted, 100));
  }

  synchronized long failedInWindow() {
    return failedInWindow;
  }

  synchronized long failedInAll() {
    return failedInAll;
  }

  synchronized Map<String, Long> failuresByKind() {
    return new TreeMap<>(failures);
  }

  synchronized List<String> failureSamples() {
    return List.copyOf(failureSamples);
  }

  /** A growable array of nanoseconds, written by many threads. */
  private static final class Samples {
    private long[] values = new long[1024];
    private int size;

    synchronized void add(long value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    synchronized int size() {
      return size;
    }

    synchronized long[] sorted() {
      long[] copy = Arrays.copyOf(values, size);
      Arrays.sort(copy);
      return copy;
    }
  }
}
