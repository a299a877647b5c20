package kz.kenes.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every setting of Kenes, read through MicroProfile Config with one rule on top: an environment
 * variable named after the key ({@code kenes.admin.token} → {@code KENES_ADMIN_TOKEN}) always wins,
 * in dev mode too, whatever the server configuration or the build set. Keys and defaults are
 * documented in docs/configuration.md.
 */
@ApplicationScoped
public class KenesConfig {

  private static final Logger LOG = Logger.getLogger(KenesConfig.class.getName());

  public static final String PUBLIC_URL = "kenes.public-url";
  public static final String ADMIN_TOKEN = "kenes.admin.token";
  public static final String DEV_MODE = "kenes.dev-mode";
  public static final String HTTP_HOST = "http.host";
  public static final String KEY_OVERLAP = "kenes.keys.rotation-overlap";
  public static final String SESSION_LIFETIME = "kenes.session.lifetime";
  public static final String SECRET = "kenes.secret";
  public static final String ADMIN_MAX_FAILURES = "kenes.admin.throttle.max-failures";
  public static final String ADMIN_THROTTLE_WINDOW = "kenes.admin.throttle.window";
  public static final String LOGIN_PER_MINUTE = "kenes.lti.login.per-minute";
  public static final String UNLIMITED_ADDRESSES = "kenes.limits.unlimited-addresses";
  public static final String INVITATION_PER_CLIENT = "kenes.invitation.max-responses-per-client";
  public static final String WARM_UP_SECONDS = "kenes.warm-up.seconds";
  public static final String WARM_UP_CONCURRENCY = "kenes.warm-up.concurrency";
  public static final String HTTP_PORT = "http.port";

  /** The shortest admin token accepted outside dev mode: 32 random bytes in base64url. */
  public static final int MIN_ADMIN_TOKEN_LENGTH = 43;

  private final Config config;
  private volatile Duration sessionLifetime;

  public KenesConfig() {
    this(ConfigProvider.getConfig());
  }

  KenesConfig(Config config) {
    this.config = config;
  }

  /** The external base URL of Kenes, without trailing slash; every LTI URL is built on it. */
  public URI publicUrl() {
    String raw = value(PUBLIC_URL).orElse("http://localhost:9080").trim();
    while (raw.endsWith("/")) {
      raw = raw.substring(0, raw.length() - 1);
    }
    return URI.create(raw);
  }

  /**
   * The admin token; empty when none is set, and outside dev mode also when it is too short to
   * resist guessing ({@link #adminTokenProblem()}): a weak token opens nothing.
   */
  public Optional<String> adminToken() {
    Optional<String> token = configuredAdminToken();
    return token.isPresent() && adminTokenProblem().isPresent() ? Optional.empty() : token;
  }

  /**
   * Why the configured admin token is refused, if it is: outside dev mode it must have at least
   * {@value #MIN_ADMIN_TOKEN_LENGTH} characters (32 random bytes, base64url). Readiness stays DOWN
   * with this message until it is fixed.
   */
  public Optional<String> adminTokenProblem() {
    Optional<String> token = configuredAdminToken();
    if (token.isEmpty() || token.get().length() >= MIN_ADMIN_TOKEN_LENGTH || devMode()) {
      return Optional.empty();
    }
    return Optional.of(
        "kenes.admin.token (KENES_ADMIN_TOKEN) has "
            + token.get().length()
            + " characters; outside dev mode it needs at least "
            + MIN_ADMIN_TOKEN_LENGTH
            + " (32 random bytes, e.g. `openssl rand -base64 32 | tr '+/' '-_' | tr -d =`)."
            + " Until then the admin token opens nothing and Kenes reports not ready.");
  }

  private Optional<String> configuredAdminToken() {
    return value(ADMIN_TOKEN).map(String::trim).filter(t -> !t.isEmpty());
  }

  /** Wrong admin tokens one client address may send within {@link #adminThrottleWindow()}. */
  public int adminMaxFailures() {
    return intValue(ADMIN_MAX_FAILURES, 5, 1);
  }

  public Duration adminThrottleWindow() {
    return value(ADMIN_THROTTLE_WINDOW).map(Duration::parse).orElse(Duration.ofMinutes(5));
  }

  /** New LTI logins one client address may start per minute (per node); 0: no limit. */
  public int loginsPerMinute() {
    return intValue(LOGIN_PER_MINUTE, 60, 0);
  }

  /**
   * Client addresses the login limit and the invitation per-client limit leave alone (load
   * generators, tests), comma-separated.
   */
  public java.util.Set<String> unlimitedAddresses() {
    return value(UNLIMITED_ADDRESSES).stream()
        .flatMap(v -> java.util.Arrays.stream(v.split(",")))
        .map(String::trim)
        .filter(a -> !a.isEmpty())
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /**
   * The longest the server launches against itself before it reports ready (the launch warm-up, ADR
   * 0018, ADR 0039): it ends sooner once the JIT compilers are quiet; 0 switches it off.
   */
  public int warmUpSeconds() {
    return intValue(WARM_UP_SECONDS, 180, 0);
  }

  /** How many warm-up launches run at once. */
  public int warmUpConcurrency() {
    return intValue(WARM_UP_CONCURRENCY, 8, 1);
  }

  /** The HTTP listener's port: the Liberty variable {@code http.port} (server.xml). */
  public int httpPort() {
    return intValue(HTTP_PORT, 9080, 1);
  }

  /** Responses one client address may give through one invitation link. */
  public int invitationResponsesPerClient() {
    return intValue(INVITATION_PER_CLIENT, 20, 1);
  }

  private int intValue(String key, int fallback, int least) {
    Optional<String> raw = value(key).map(String::trim);
    try {
      return raw.map(Integer::parseInt).filter(v -> v >= least).orElse(fallback);
    } catch (NumberFormatException e) {
      LOG.warning(() -> key + " is not a whole number; using " + fallback);
      return fallback;
    }
  }

  /**
   * Dev mode (built-in LTI platform, demo seed). It is honoured only when the public URL is a
   * loopback address and the server listens on loopback only ({@code http.host}), so that a
   * production configuration can never switch it on by accident and a developer's server is not
   * reachable from the network.
   */
  public boolean devMode() {
    boolean requested = value(DEV_MODE).map(Boolean::parseBoolean).orElse(false);
    if (requested && !isLoopback(publicUrl())) {
      LOG.warning(
          "kenes.dev-mode=true is ignored: kenes.public-url is not a loopback address (dev mode"
              + " is for a developer's machine only)");
      return false;
    }
    String host = listenHost();
    if (requested && !isLoopbackHost(host)) {
      LOG.warning(
          () ->
              "kenes.dev-mode=true is ignored: the server listens on "
                  + host
                  + " (http.host), not on loopback only; set http.host=127.0.0.1 for dev mode");
      return false;
    }
    return requested;
  }

  /**
   * The interface the HTTP listener binds to: the Liberty variable {@code http.host} (server.xml,
   * {@code HTTP_HOST}); without it Liberty's own default, {@code localhost}.
   */
  public String listenHost() {
    return value(HTTP_HOST).map(String::trim).filter(h -> !h.isEmpty()).orElse("localhost");
  }

  public Duration keyRotationOverlap() {
    return value(KEY_OVERLAP).map(Duration::parse).orElse(Duration.ofDays(2));
  }

  /**
   * How long a session lasts. Read once: every launch asks it twice, and reading and parsing it
   * each time was 1 % of a launch flow's CPU (docs/performance.md, 2026-12-07).
   */
  public Duration sessionLifetime() {
    Duration lifetime = sessionLifetime;
    if (lifetime == null) {
      lifetime = value(SESSION_LIFETIME).map(Duration::parse).orElse(Duration.ofHours(4));
      sessionLifetime = lifetime;
    }
    return lifetime;
  }

  /** The value of a key: environment variable first, then the other MicroProfile sources. */
  public Optional<String> value(String key) {
    String fromEnv = System.getenv(envName(key));
    if (fromEnv != null) {
      return Optional.of(fromEnv);
    }
    return config.getOptionalValue(key, String.class);
  }

  static String envName(String key) {
    return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }

  static boolean isLoopback(URI uri) {
    return isLoopbackHost(uri.getHost());
  }

  /** A host name or literal address of this machine's loopback interface; {@code *} is not. */
  public static boolean isLoopbackHost(String host) {
    return host != null
        && (host.equalsIgnoreCase("localhost")
            || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}")
            || host.equals("[::1]")
            || host.equals("::1")
            || host.equals("0:0:0:0:0:0:0:1"));
  }
}
