package it.kenes.support;

import java.net.URI;

/**
 * The running Kenes server the integration tests talk to, as the build describes it in failsafe's
 * system properties: {@code kenes.it.base-url} (Kenes's public URL), {@code kenes.it.admin-token}
 * (the bootstrap admin token), {@code kenes.it.db-kind} (h2 or postgres) and {@code
 * kenes.it.browser-base-url} (the same server under another host name, so that a page there embeds
 * Kenes as a genuine third party).
 */
public final class Kenes {

  private Kenes() {}

  /** Kenes's public base URL, without trailing slash, e.g. {@code http://localhost:9080}. */
  public static URI baseUrl() {
    return URI.create(withoutTrailingSlash(property("kenes.it.base-url", "http://localhost:9080")));
  }

  /** The same server under a host name that is another site, e.g. {@code http://127.0.0.1:9080}. */
  public static URI browserBaseUrl() {
    String fallback = baseUrl().toString().replace("://localhost", "://127.0.0.1");
    return URI.create(withoutTrailingSlash(property("kenes.it.browser-base-url", fallback)));
  }

  public static String adminToken() {
    return property("kenes.it.admin-token", "dev-admin-token");
  }

  /**
   * Wrong admin tokens one address may send before it is refused ({@code
   * kenes.it.admin-max-failures}).
   */
  public static int adminMaxFailures() {
    return Integer.parseInt(property("kenes.it.admin-max-failures", "5"));
  }

  public static String dbKind() {
    return property("kenes.it.db-kind", "h2");
  }

  /** An absolute URL on Kenes, {@code path} starting with a slash (query allowed). */
  public static URI url(String path) {
    return URI.create(baseUrl() + path);
  }

  private static volatile boolean ready;

  /**
   * Waits (once per test JVM, at most 180 s) until {@code /health/ready} answers 200: on a loaded
   * machine the build's server can report itself started before the application has, and the first
   * tests would meet Liberty's 404.
   */
  public static void awaitReady() {
    if (!ready) {
      LibertyServer.awaitReady();
      ready = true;
    }
  }

  private static String property(String name, String fallback) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? fallback : value.trim();
  }

  private static String withoutTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
