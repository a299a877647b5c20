package kz.kenes.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The measured time cut into consecutive windows of equal length from its start (the last one may
 * be shorter), each flow counted in the window where it ended: completed flows per second, failed
 * flows and latency percentiles per window. It shows how a server that has just started comes up to
 * speed (the cold start), where the whole-run figures would hide it.
 */
public final class Windows {

  /** One window: its bounds since the origin, what ended in it, and its latency percentiles. */
  public record Stat(
      long fromNanos, long toNanos, long completed, long failed, double p50Ms, double p99Ms) {

    public double seconds() {
      return (toNanos - fromNanos) / 1e9;
    }

    public double perSecond() {
      return seconds() > 0 ? completed / seconds() : Double.NaN;
    }
  }

  /** What one worker saw: when each flow ended (since the origin) and how long it took. */
  public static final class Recorder {
    private final long origin;
    private long[] endedAt = new long[256];
    private long[] nanos = new long[256];
    private int size;
    private long[] failedAt = new long[16];
    private int failures;

    public Recorder(long originNanos) {
      this.origin = originNanos;
    }

    public void success(long endedNanos, long flowNanos) {
      if (size == endedAt.length) {
        endedAt = Arrays.copyOf(endedAt, size * 2);
        nanos = Arrays.copyOf(nanos, size * 2);
      }
      endedAt[size] = endedNanos - origin;
      nanos[size++] = flowNanos;
    }

    public void failure(long endedNanos) {
      if (failures == failedAt.length) {
        failedAt = Arrays.copyOf(failedAt, failures * 2);
      }
      failedAt[failures++] = endedNanos - origin;
    }
  }

  private final long span;
  private final long size;
  private final List<Recorder> recorders;

  private Windows(long span, long size, List<Recorder> recorders) {
    this.span = span;
    this.size = size;
    this.recorders = List.copyOf(recorders);
  }

  /**
   * The windows of {@code size} over the time from the recorders' origin to {@code endNanos} (the
   * end of the measured time, or the moment the run stopped before it).
   */
  public static Windows of(
      List<Recorder> recorders, long originNanos, long endNanos, Duration size) {
    if (size.isZero() || size.isNegative()) {
      throw new IllegalArgumentException("windows need a positive length: " + size);
    }
    return new Windows(Math.max(0, endNanos - originNanos), size.toNanos(), recorders);
  }

  /** How many windows cover {@code span}: at least one, the last one possibly shorter. */
  static int count(long span, long size) {
    return (int) Math.max(1, (span + size - 1) / size);
  }

  /**
   * The window a flow that ended {@code sinceOrigin} after the origin belongs to: windows include
   * their start and exclude their end; the very end of the measured time belongs to the last one.
   */
  static int bucket(long sinceOrigin, long size, int count) {
    return (int) Math.max(0, Math.min(count - 1, sinceOrigin / size));
  }

  /** The time covered, from the origin. */
  public Duration span() {
    return Duration.ofNanos(span);
  }

  /** One {@link Stat} per window, in order, empty windows included. */
  public List<Stat> stats() {
    int count = count(span, size);
    List<long[]> durations = new ArrayList<>();
    int[] filled = new int[count];
    long[] failed = new long[count];
    for (int i = 0; i < count; i++) {
      durations.add(new long[16]);
    }
    for (Recorder r : recorders) {
      for (int i = 0; i < r.size; i++) {
        int b = bucket(r.endedAt[i], size, count);
        long[] d = durations.get(b);
        if (filled[b] == d.length) {
          d = Arrays.copyOf(d, d.length * 2);
          durations.set(b, d);
        }
        d[filled[b]++] = r.nanos[i];
      }
      for (int i = 0; i < r.failures; i++) {
        failed[bucket(r.failedAt[i], size, count)]++;
      }
    }
    List<Stat> stats = new ArrayList<>(count);
    for (int b = 0; b < count; b++) {
      long[] sorted = Arrays.copyOf(durations.get(b), filled[b]);
      Arrays.sort(sorted);
      stats.add(
          new Stat(
              b * size,
              Math.min(span, (b + 1) * size),
              filled[b],
              failed[b],
              FlowRecorder.percentileMillis(sorted, 50),
              FlowRecorder.percentileMillis(sorted, 99)));
    }
    return stats;
  }

  /**
   * The flows that ended in the first {@code length} from the origin, as one window; empty when the
   * measured time is shorter.
   */
  public Optional<Stat> first(Duration length) {
    long limit = length.toNanos();
    if (span < limit) {
      return Optional.empty();
    }
    long[] all = new long[recorders.stream().mapToInt(r -> r.size).sum()];
    int n = 0;
    long failed = 0;
    for (Recorder r : recorders) {
      for (int i = 0; i < r.size; i++) {
        if (r.endedAt[i] < limit) {
          all[n++] = r.nanos[i];
        }
      }
      for (int i = 0; i < r.failures; i++) {
        if (r.failedAt[i] < limit) {
          failed++;
        }
      }
    }
    long[] sorted = Arrays.copyOf(all, n);
    Arrays.sort(sorted);
    return Optional.of(
        new Stat(
            0,
            limit,
            n,
            failed,
            FlowRecorder.percentileMillis(sorted, 50),
            FlowRecorder.percentileMillis(sorted, 99)));
  }

  /**
   * The report's lines: one {@code WINDOW} line per window and, when the measured time covers
   * {@code first}, one line for it ({@code FIRST_60S} for 60 s); {@code unit} names the flows.
   */
  public List<String> lines(String unit, Duration first) {
    List<String> lines = new ArrayList<>();
    for (Stat s : stats()) {
      lines.add(line("WINDOW", unit, s));
    }
    first(first).ifPresent(s -> lines.add(line("FIRST_" + first.toSeconds() + "S", unit, s)));
    return lines;
  }

  static String line(String name, String unit, Stat s) {
    return String.format(
        Locale.ROOT,
        "%s from_s=%s to_s=%s %s_per_s=%.1f completed=%d failed=%d p50_ms=%s p99_ms=%s",
        name,
        seconds(s.fromNanos()),
        seconds(s.toNanos()),
        unit,
        s.perSecond(),
        s.completed(),
        s.failed(),
        ms(s.p50Ms()),
        ms(s.p99Ms()));
  }

  private static String seconds(long nanos) {
    return nanos % 1_000_000_000L == 0
        ? Long.toString(nanos / 1_000_000_000L)
        : String.format(Locale.ROOT, "%.1f", nanos / 1e9);
  }

  private static String ms(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
  }
}
