package kz.kenes.bench;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * The settings of one load run, from {@code --name=value} arguments (the Maven profile {@code
 * bench-load} passes them from {@code bench.*} properties). Every run is bounded: a measured
 * duration, a warm-up, and a cap on the number of flows; the target must be this machine.
 */
record BenchOptions(
    URI baseUrl,
    String adminToken,
    int concurrency,
    int users,
    Duration warmup,
    Duration measured,
    long maxFlows,
    boolean cookies,
    Landing landing,
    Duration requestTimeout,
    boolean keepRegistration) {

  static final Duration MAX_DURATION = BenchArgs.MAX_DURATION;
  static final long MAX_FLOWS = 10_000_000;
  static final int MAX_CONCURRENCY = 500;
  static final int MAX_USERS = 2_000;

  /** Which page ends a flow: the landing page, {@code /api/me}, or decided by a probe flow. */
  enum Landing {
    AUTO,
    APP,
    ME
  }

  static BenchOptions parse(String[] args) {
    BenchArgs values = BenchArgs.parse(args);
    int concurrency = values.integer("concurrency", 10, 1, MAX_CONCURRENCY);
    int users = values.integer("users", 0, Integer.MIN_VALUE, Integer.MAX_VALUE);
    BenchOptions options =
        new BenchOptions(
            values.loopbackUrl("base-url", "http://localhost:9080"),
            values.string("admin-token", "dev-admin-token"),
            concurrency,
            BenchArgs.between("users", users <= 0 ? concurrency : users, concurrency, MAX_USERS),
            values.seconds("warmup-seconds", 5, 0),
            values.seconds("seconds", 30, 1),
            values.whole("max-flows", 1_000_000, 1L, MAX_FLOWS),
            values.bool("cookies", true),
            Landing.valueOf(values.string("landing", "auto").toUpperCase(Locale.ROOT)),
            values.seconds("timeout-seconds", 10, 1),
            values.bool("keep-registration", false));
    values.requireAllRead();
    return options;
  }
}
