package kz.kenes.bench;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

  static final Duration MAX_DURATION = Duration.ofMinutes(10);
  static final long MAX_FLOWS = 10_000_000;
  static final int MAX_CONCURRENCY = 500;
  static final int MAX_USERS = 2_000;
  private static final Set<String> LOOPBACK_HOSTS =
      Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  /** Which page ends a flow: the landing page, {@code /api/me}, or decided by a probe flow. */
  enum Landing {
    AUTO,
    APP,
    ME
  }

  static BenchOptions parse(String[] args) {
    Map<String, String> values = new HashMap<>();
    for (String arg : args) {
      if (!arg.startsWith("--") || arg.indexOf('=') < 0) {
        throw new IllegalArgumentException("arguments look like --name=value, not: " + arg);
      }
      values.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1).trim());
    }
    int concurrency =
        between("concurrency", intValue(values, "concurrency", 10), 1, MAX_CONCURRENCY);
    int users = intValue(values, "users", 0);
    BenchOptions options =
        new BenchOptions(
            loopback(
                URI.create(stripSlash(values.getOrDefault("base-url", "http://localhost:9080")))),
            values.getOrDefault("admin-token", "dev-admin-token"),
            concurrency,
            between("users", users <= 0 ? concurrency : users, concurrency, MAX_USERS),
            bounded("warmup-seconds", intValue(values, "warmup-seconds", 5), 0),
            bounded("seconds", intValue(values, "seconds", 30), 1),
            between("max-flows", longValue(values, "max-flows", 1_000_000), 1L, MAX_FLOWS),
            Boolean.parseBoolean(values.getOrDefault("cookies", "true")),
            Landing.valueOf(values.getOrDefault("landing", "auto").toUpperCase(Locale.ROOT)),
            bounded("timeout-seconds", intValue(values, "timeout-seconds", 10), 1),
            Boolean.parseBoolean(values.getOrDefault("keep-registration", "false")));
    values.keySet().removeAll(KNOWN);
    if (!values.isEmpty()) {
      throw new IllegalArgumentException("unknown arguments: " + values.keySet());
    }
    return options;
  }

  private static final Set<String> KNOWN =
      Set.of(
          "base-url",
          "admin-token",
          "concurrency",
          "users",
          "warmup-seconds",
          "seconds",
          "max-flows",
          "cookies",
          "landing",
          "timeout-seconds",
          "keep-registration");

  private static URI loopback(URI base) {
    String scheme = base.getScheme();
    if (!("http".equals(scheme) || "https".equals(scheme))
        || base.getHost() == null
        || !LOOPBACK_HOSTS.contains(base.getHost().toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException(
          "the load generator only targets a Kenes on this machine (http(s)://localhost or"
              + " 127.0.0.1), not "
              + base);
    }
    return base;
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static int intValue(Map<String, String> values, String name, int fallback) {
    return (int) longValue(values, name, fallback);
  }

  private static long longValue(Map<String, String> values, String name, long fallback) {
    String value = values.get(name);
    if (value == null || value.isEmpty()) {
      return fallback;
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " must be a whole number: " + value);
    }
  }

  private static <T extends Comparable<T>> T between(String name, T value, T min, T max) {
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw new IllegalArgumentException(
          "--" + name + " must be between " + min + " and " + max + ": " + value);
    }
    return value;
  }

  private static Duration bounded(String name, int seconds, int min) {
    return Duration.ofSeconds(between(name, (long) seconds, (long) min, MAX_DURATION.toSeconds()));
  }
}
