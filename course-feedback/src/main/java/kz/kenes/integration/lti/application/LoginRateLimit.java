package kz.kenes.integration.lti.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kz.kenes.platform.config.KenesConfig;
import kz.kenes.platform.domain.TooManyRequests;

/**
 * How many LTI logins one client address may start: a token bucket per address that holds {@code
 * kenes.lti.login.per-minute} logins and refills at that rate, so a browser that launches a few
 * times in a row is never slowed while a client that loops on {@code /lti/login} cannot grow {@code
 * lti_login_state} without bound. Kept in memory on each node (the login is the hot path of every
 * launch: no database statement here), in a map of at most {@value #MAX_TRACKED} addresses; when it
 * is full, the buckets that have refilled are dropped, and if that frees nothing the map starts
 * over (a flood of distinct addresses then gets one fresh bucket each, which a per-address limit
 * cannot prevent anyway). docs/security.md says why this one limit is per node.
 */
@ApplicationScoped
public class LoginRateLimit {

  static final int MAX_TRACKED = 20_000;

  @Inject KenesConfig config;
  @Inject Clock clock;

  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  private volatile Settings settings;

  /** The bucket's level at an instant, in milli-logins so that refills are exact integers. */
  private record Bucket(long level, long atMillis) {}

  private record Settings(int perMinute, Set<String> unlimited) {}

  public LoginRateLimit() {}

  LoginRateLimit(Clock clock, int perMinute, Set<String> unlimited) {
    this.clock = clock;
    this.settings = new Settings(perMinute, Set.copyOf(unlimited));
  }

  /** Takes one login from the address's bucket, or refuses with the time until one is back. */
  public void take(String clientAddress) {
    String address = clientAddress == null ? "" : clientAddress;
    Settings s = settings();
    if (s.perMinute() == 0 || s.unlimited().contains(address)) {
      return;
    }
    long capacity = s.perMinute() * 1000L;
    long now = clock.millis();
    if (buckets.size() >= MAX_TRACKED) {
      buckets.values().removeIf(b -> refilled(b, now, s.perMinute()) >= capacity);
      if (buckets.size() >= MAX_TRACKED) {
        buckets.clear();
      }
    }
    long[] before = new long[1];
    buckets.compute(
        address,
        (key, old) -> {
          long level = old == null ? capacity : refilled(old, now, s.perMinute());
          before[0] = level;
          return new Bucket(level >= 1000 ? level - 1000 : level, now);
        });
    if (before[0] < 1000) {
      long waitMillis = (1000 - before[0]) * 60 / s.perMinute() + 1;
      throw new TooManyRequests(
          "too-many-logins",
          "Too many LTI logins from your address: at most "
              + s.perMinute()
              + " a minute. Wait a moment, then launch again from your course.",
          Duration.ofMillis(waitMillis));
    }
  }

  /** How many addresses the limit keeps a bucket for now. */
  int tracked() {
    return buckets.size();
  }

  private static long refilled(Bucket b, long now, int perMinute) {
    long capacity = perMinute * 1000L;
    long elapsed = Math.max(0, now - b.atMillis());
    // perMinute logins a minute = perMinute * 1000 milli-logins per 60 000 ms
    return Math.min(capacity, b.level() + elapsed * perMinute / 60);
  }

  private Settings settings() {
    Settings known = settings;
    if (known == null) {
      known = new Settings(config.loginsPerMinute(), config.unlimitedAddresses());
      settings = known;
    }
    return known;
  }
}
