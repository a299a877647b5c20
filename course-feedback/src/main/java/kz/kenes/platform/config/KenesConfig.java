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
  public static final String KEY_OVERLAP = "kenes.keys.rotation-overlap";
  public static final String SESSION_LIFETIME = "kenes.session.lifetime";

  private final Config config;

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

  public Optional<String> adminToken() {
    return value(ADMIN_TOKEN).map(String::trim).filter(t -> !t.isEmpty());
  }

  /**
   * Dev mode (built-in LTI platform, demo seed). It is honoured only when the public URL is a
   * loopback address, so that a production configuration can never switch it on by accident.
   */
  public boolean devMode() {
    boolean requested = value(DEV_MODE).map(Boolean::parseBoolean).orElse(false);
    if (requested && !isLoopback(publicUrl())) {
      LOG.warning(
          "kenes.dev-mode=true is ignored: kenes.public-url is not a loopback address (dev mode"
              + " is for a developer's machine only)");
      return false;
    }
    return requested;
  }

  public Duration keyRotationOverlap() {
    return value(KEY_OVERLAP).map(Duration::parse).orElse(Duration.ofDays(2));
  }

  public Duration sessionLifetime() {
    return value(SESSION_LIFETIME).map(Duration::parse).orElse(Duration.ofHours(4));
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
    String host = uri.getHost();
    return host != null
        && (host.equals("localhost")
            || host.startsWith("127.")
            || host.equals("[::1]")
            || host.equals("::1"));
  }
}
