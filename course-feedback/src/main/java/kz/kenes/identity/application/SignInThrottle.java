package kz.kenes.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;
import kz.kenes.identity.domain.AdminTokenFailures;
import kz.kenes.identity.domain.AdminTokenFailures.Window;
import kz.kenes.platform.config.KenesConfig;
import kz.kenes.platform.domain.TooManyRequests;
import kz.kenes.platform.secret.ServerSecret;

/**
 * Slows down guessing of the admin token, on every path that takes it (the admin API's bearer, the
 * staff API's bearer, the {@code /admin} sign-in form): after {@code
 * kenes.admin.throttle.max-failures} wrong tokens from one client address within {@code
 * kenes.admin.throttle.window}, every attempt from that address is refused, the right token too,
 * until the window has passed. Counted in the database ({@link AdminTokenFailures}), so all nodes
 * share the count; keyed on an HMAC of the client address, which is the real client's behind a
 * trusted proxy (Liberty's {@code remoteIp}).
 */
@ApplicationScoped
public class SignInThrottle {

  @Inject AdminTokenFailures failures;
  @Inject KenesConfig config;
  @Inject ServerSecret secret;
  @Inject Clock clock;

  private UnaryOperator<String> keyOf;
  private int maxFailures;
  private Duration window;

  public SignInThrottle() {}

  SignInThrottle(
      AdminTokenFailures failures,
      Clock clock,
      UnaryOperator<String> keyOf,
      int maxFailures,
      Duration window) {
    this.failures = failures;
    this.clock = clock;
    this.keyOf = keyOf;
    this.maxFailures = maxFailures;
    this.window = window;
  }

  /** One try of the admin token from one client, begun by {@link #begin}. */
  public final class Attempt {
    private final String key;
    private final boolean hadFailures;

    private Attempt(String key, boolean hadFailures) {
      this.key = key;
      this.hadFailures = hadFailures;
    }

    /** The token was wrong: count it. */
    public void failed() {
      Instant now = clock.instant();
      failures.recordFailure(key, now, now.minus(window()));
    }

    /** The token was right: forget earlier failures (a statement only if there were some). */
    public void succeeded() {
      if (hadFailures) {
        failures.clear(key);
      }
    }
  }

  /**
   * Begins a try from {@code address}, or refuses it ({@link TooManyRequests}, with the time left
   * in the window) when the address has used up its failures.
   */
  public Attempt begin(String address) {
    String key = key(address);
    Optional<Window> current = failures.find(key);
    Instant now = clock.instant();
    if (current.isPresent()) {
      Instant ends = current.get().start().plus(window());
      if (now.isBefore(ends) && current.get().failures() >= maxFailures()) {
        throw new TooManyRequests(
            "too-many-admin-token-failures",
            "Too many wrong admin tokens from your address: wait "
                + TooManyRequests.seconds(Duration.between(now, ends))
                + " seconds before the next try.",
            Duration.between(now, ends));
      }
    }
    return new Attempt(key, current.isPresent());
  }

  private String key(String address) {
    String client = address == null ? "" : address;
    return keyOf != null ? keyOf.apply(client) : secret.hmacHex("admin-token-client:" + client);
  }

  private int maxFailures() {
    return maxFailures > 0 ? maxFailures : config.adminMaxFailures();
  }

  private Duration window() {
    return window != null ? window : config.adminThrottleWindow();
  }
}
