package it.kenes.support;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A cookie jar that treats loopback hosts over http as a secure context, as browsers do: the JDK's
 * {@link CookieManager} sends {@code Secure} cookies only over https, so without this the {@code
 * __Host-} state cookie Kenes sets on {@code http://localhost} would never come back in the tests,
 * while Chromium does return it.
 */
public final class SecureContextCookies extends CookieHandler {

  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  private final CookieManager jar = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

  @Override
  public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders)
      throws IOException {
    return jar.get(asBrowserSees(uri), requestHeaders);
  }

  @Override
  public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
    jar.put(asBrowserSees(uri), responseHeaders);
  }

  /** The cookies this jar would send to {@code uri}. */
  public List<HttpCookie> cookiesFor(URI uri) {
    return jar.getCookieStore().get(asBrowserSees(uri));
  }

  /** {@code uri}, as https when it is plain http to a loopback host. */
  static URI asBrowserSees(URI uri) {
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    if (!"http".equalsIgnoreCase(uri.getScheme()) || !LOOPBACK.contains(host)) {
      return uri;
    }
    try {
      return new URI(
          "https",
          uri.getRawUserInfo(),
          uri.getHost(),
          uri.getPort(),
          uri.getRawPath(),
          uri.getRawQuery(),
          uri.getRawFragment());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(uri.toString(), e);
    }
  }
}
