package kz.kenes.bench.quiz;

import java.time.Duration;
import java.util.Locale;
import kz.kenes.bench.FlowRecorder;

/**
 * One request's figures over the measured window: how many, per second, and the nearest-rank
 * percentiles of their durations ({@link FlowRecorder#percentileMillis}).
 */
record Latency(
    long count, double perSecond, double p50, double p90, double p95, double p99, double max) {

  /** From sorted durations in nanoseconds over a window of {@code window}. */
  static Latency of(long[] sortedNanos, Duration window) {
    double seconds = window.toNanos() / 1e9;
    return new Latency(
        sortedNanos.length,
        seconds > 0 ? sortedNanos.length / seconds : Double.NaN,
        FlowRecorder.percentileMillis(sortedNanos, 50),
        FlowRecorder.percentileMillis(sortedNanos, 90),
        FlowRecorder.percentileMillis(sortedNanos, 95),
        FlowRecorder.percentileMillis(sortedNanos, 99),
        FlowRecorder.percentileMillis(sortedNanos, 100));
  }

  /** {@code name_per_s=… p50_ms=… p90_ms=… p95_ms=… p99_ms=… max_ms=…}. */
  String fields(String name) {
    return String.format(
        Locale.ROOT,
        "%s_per_s=%.1f p50_ms=%.1f p90_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f",
        name,
        perSecond,
        p50,
        p90,
        p95,
        p99,
        max);
  }
}
