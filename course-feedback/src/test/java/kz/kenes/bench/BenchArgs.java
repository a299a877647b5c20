package kz.kenes.bench;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code --name=value} arguments of a benchmark's main class (the Maven profiles pass them from
 * {@code bench.*} properties), read with bounds: every value is checked, every run is bounded, and
 * an argument nobody asked for is an error ({@link #requireAllRead()}).
 */
public final class BenchArgs {

  /** The longest measured time or warm-up a run may ask for. */
  public static final Duration MAX_DURATION = Duration.ofMinutes(10);

  private static final Set<String> LOOPBACK_HOSTS =
      Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  private final Map<String, String> values = new HashMap<>();
  private final Set<String> read = new HashSet<>();

  private BenchArgs() {}

  public static BenchArgs parse(String[] args) {
    BenchArgs parsed = new BenchArgs();
    for (String arg : args) {
      if (!arg.startsWith("--") || arg.indexOf('=') < 0) {
        throw new IllegalArgumentException("arguments look like --name=value, not: " + arg);
      }
      parsed.values.put(
          arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1).trim());
    }
    return parsed;
  }

  public String string(String name, String fallback) {
    read.add(name);
    String value = values.get(name);
    return value == null || value.isEmpty() ? fallback : value;
  }

  public boolean bool(String name, boolean fallback) {
    return Boolean.parseBoolean(string(name, Boolean.toString(fallback)));
  }

  public int integer(String name, int fallback, int min, int max) {
    return (int) whole(name, fallback, min, max);
  }

  public long whole(String name, long fallback, long min, long max) {
    String value = string(name, null);
    long parsed;
    try {
      parsed = value == null ? fallback : Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " must be a whole number: " + value);
    }
    return between(name, parsed, min, max);
  }

  /** One of {@code type}'s constants, named in any case; an unknown name lists the known ones. */
  public <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) {
    String value = string(name, fallback.name());
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--"
              + name
              + " must be one of "
              + Arrays.stream(type.getEnumConstants())
                  .map(c -> c.name().toLowerCase(Locale.ROOT))
                  .toList()
              + ": "
              + value);
    }
  }

  /** A number of seconds from {@code min} up to {@link #MAX_DURATION}. */
  public Duration seconds(String name, int fallback, int min) {
    return Duration.ofSeconds(whole(name, fallback, min, MAX_DURATION.toSeconds()));
  }

  /** An http(s) URL on this machine, without a trailing slash: load is never sent elsewhere. */
  public URI loopbackUrl(String name, String fallback) {
    String url = string(name, fallback);
    URI base = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
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

  /** Refuses arguments no reader asked for: most likely a misspelt name. */
  public void requireAllRead() {
    Set<String> unknown = new HashSet<>(values.keySet());
    unknown.removeAll(read);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown arguments: " + unknown);
    }
  }

  public static <T extends Comparable<T>> T between(String name, T value, T min, T max) {
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw new IllegalArgumentException(
          "--" + name + " must be between " + min + " and " + max + ": " + value);
    }
    return value;
  }
}
