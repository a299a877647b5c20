package kz.kenes.bench.crowd;

import java.util.Arrays;
import java.util.Locale;

/**
 * The timings of one endpoint: the first call (cold, when it is the first after the server started)
 * apart, then the measured warm calls, summed up as min, p50, p95 and max in ms (nearest rank).
 */
final class Timings {

  private final double firstMillis;
  private final double[] warm;

  Timings(double firstMillis, double[] warmMillis) {
    this.firstMillis = firstMillis;
    this.warm = warmMillis.clone();
    Arrays.sort(this.warm);
  }

  /** The nearest-rank percentile {@code p} (0 < p ≤ 100) of the warm calls. */
  double percentile(double p) {
    int rank = (int) Math.ceil(p / 100 * warm.length);
    return warm[Math.max(0, Math.min(warm.length - 1, rank - 1))];
  }

  double first() {
    return firstMillis;
  }

  double max() {
    return warm[warm.length - 1];
  }

  String summary() {
    return String.format(
        Locale.ROOT,
        "first %.1f  |  warm (%d): min %.1f  p50 %.1f  p95 %.1f  max %.1f",
        firstMillis,
        warm.length,
        warm[0],
        percentile(50),
        percentile(95),
        max());
  }
}
