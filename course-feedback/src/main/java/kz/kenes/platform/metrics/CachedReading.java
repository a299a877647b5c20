package kz.kenes.platform.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A figure read from the database for the gauges of a scrape: read at most once per interval
 * however many gauges and scrapers ask, and empty while the read fails (the gauges then show {@code
 * NaN}), so that {@code /metrics} answers even when the database does not.
 *
 * @param <T> what one read returns (a record of counts)
 */
public final class CachedReading<T> {

  private static final Logger LOG = Logger.getLogger(CachedReading.class.getName());

  private final Supplier<T> read;
  private final Duration interval;
  private final Clock clock;
  private Instant readAt;
  private T value;

  public CachedReading(Supplier<T> read, Duration interval, Clock clock) {
    this.read = read;
    this.interval = interval;
    this.clock = clock;
  }

  /** The latest reading, read again when it is older than the interval; empty if that failed. */
  public synchronized Optional<T> get() {
    Instant now = clock.instant();
    if (readAt == null || !now.isBefore(readAt.plus(interval))) {
      readAt = now;
      try {
        value = read.get();
      } catch (RuntimeException e) {
        value = null;
        LOG.log(Level.FINE, "a metrics reading failed", e);
      }
    }
    return Optional.ofNullable(value);
  }

  /** A gauge's figure from the latest reading: {@code NaN} when there is none. */
  public Supplier<Double> figure(java.util.function.ToLongFunction<T> of) {
    return () -> get().map(v -> (double) of.applyAsLong(v)).orElse(Double.NaN);
  }
}
