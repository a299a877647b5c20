package kz.kenes.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one worker thread measured: the duration of each successful flow and of its steps (plain
 * growable {@code long} arrays of nanoseconds, no histogram library), and the failures by kind.
 * Workers own their recorder; the generator merges them when the run is over.
 */
public final class FlowRecorder {

  /** Passed as the step to {@link #sorted}: the whole flow. */
  public static final int WHOLE_FLOW = -1;

  private long[] flows = new long[1024];
  private final long[][] steps;
  private int size;
  private long failed;
  private final Map<String, Long> failures = new TreeMap<>();

  FlowRecorder(int stepCount) {
    steps = new long[stepCount][1024];
  }

  void success(long flowNanos, long[] stepNanos) {
    if (size == flows.length) {
      flows = Arrays.copyOf(flows, size * 2);
      for (int i = 0; i < steps.length; i++) {
        steps[i] = Arrays.copyOf(steps[i], size * 2);
      }
    }
    flows[size] = flowNanos;
    for (int i = 0; i < steps.length; i++) {
      steps[i][size] = stepNanos[i];
    }
    size++;
  }

  void failure(FlowFailure failure) {
    failed++;
    failures.merge(failure.kind(), 1L, Long::sum);
  }

  long completed() {
    return size;
  }

  long failed() {
    return failed;
  }

  /** All recorders' flow durations (or those of step number {@code step}), sorted. */
  public static long[] sorted(Iterable<FlowRecorder> recorders, int step) {
    int total = 0;
    for (FlowRecorder r : recorders) {
      total += r.size;
    }
    long[] all = new long[total];
    int at = 0;
    for (FlowRecorder r : recorders) {
      long[] source = step == WHOLE_FLOW ? r.flows : r.steps[step];
      System.arraycopy(source, 0, all, at, r.size);
      at += r.size;
    }
    Arrays.sort(all);
    return all;
  }

  static Map<String, Long> failuresByKind(Iterable<FlowRecorder> recorders) {
    Map<String, Long> all = new TreeMap<>();
    for (FlowRecorder r : recorders) {
      r.failures.forEach((kind, n) -> all.merge(kind, n, Long::sum));
    }
    return all;
  }

  /** Nearest-rank percentile of sorted nanoseconds, in milliseconds; NaN when empty. */
  public static double percentileMillis(long[] sorted, double percentile) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
  }
}
