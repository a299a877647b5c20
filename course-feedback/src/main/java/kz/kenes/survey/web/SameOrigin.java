package kz.kenes.survey.web;

import java.net.URI;
import java.util.Locale;

/**
 * The origin check of the invitation form, which has no session and so no CSRF token: a browser
 * posting it from another site sends that site in {@code Origin} (or, failing that, {@code
 * Referer}), and such a post is refused. A request that sends neither header is let through: the
 * unguessable link token and the page's submission id already stand in for a CSRF token.
 */
public final class SameOrigin {

  private SameOrigin() {}

  /** Whether the headers, when present, name the origin of {@code publicUrl}. */
  public static boolean allows(URI publicUrl, String origin, String referer) {
    String own = originOf(publicUrl);
    if (origin != null && !origin.isBlank()) {
      return own.equals(originOf(origin));
    }
    if (referer != null && !referer.isBlank()) {
      return own.equals(originOf(referer));
    }
    return true;
  }

  private static String originOf(String header) {
    try {
      return originOf(URI.create(header.strip()));
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /** {@code scheme://host[:port]}, the port left out when it is the scheme's default. */
  static String originOf(URI url) {
    if (url.getScheme() == null || url.getHost() == null) {
      return "-";
    }
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    int port = url.getPort();
    boolean defaultPort =
        port == -1
            || ("http".equals(scheme) && port == 80)
            || ("https".equals(scheme) && port == 443);
    return scheme
        + "://"
        + url.getHost().toLowerCase(Locale.ROOT)
        + (defaultPort ? "" : ":" + port);
  }
}
