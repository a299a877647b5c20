package kz.kenes.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing of the admin token: after {@link #MAX_FAILURES} wrong tokens from one client
 * address within {@link #WINDOW}, further attempts from it are refused until the window has passed.
 * Kept in memory per node; a restart forgets it, which costs a guesser nothing worth having against
 * a token of real length.
 */
@ApplicationScoped
public class SignInThrottle {

  static final int MAX_FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(5);
  private static final int MAX_TRACKED = 10_000;

  @Inject Clock clock;

  private final Map<String, Window> failures = new ConcurrentHashMap<>();

  private record Window(Instant start, int count) {}

  public SignInThrottle() {}

  SignInThrottle(Clock clock) {
    this.clock = clock;
  }

  /** Whether this address may try a token now. */
  public boolean allows(String address) {
    Window window = failures.get(key(address));
    return window == null || expired(window) || window.count() < MAX_FAILURES;
  }

  public void recordFailure(String address) {
    if (failures.size() > MAX_TRACKED) {
      failures.values().removeIf(this::expired);
    }
    failures.merge(
        key(address),
        new Window(clock.instant(), 1),
        (old, fresh) -> expired(old) ? fresh : new Window(old.start(), old.count() + 1));
  }

  public void recordSuccess(String address) {
    failures.remove(key(address));
  }

  private boolean expired(Window window) {
    return !clock.instant().isBefore(window.start().plus(WINDOW));
  }

  private static String key(String address) {
    return address == null ? "" : address;
  }
}
