package kz.kenes.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The generators' HTTP/1.1 client: blocking {@link HttpURLConnection} calls over the JDK's shared
 * keep-alive pool. The JDK's asynchronous {@code java.net.http.HttpClient} cost the launch
 * generator about 3.7 ms of CPU per flow on top of the signature (its selector threads and
 * futures), which on a 2-core machine shared with the server is CPU the server then lacks. Cookies
 * are kept per virtual user by the caller's {@link CookieManager}, so each user is still its own
 * browser.
 */
public final class BenchHttp {

  /** A response: status, headers (names as the server sent them) and the body as text. */
  public record Response(int status, Map<String, List<String>> headers, String body) {

    public Optional<String> header(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
          return Optional.of(e.getValue().get(0));
        }
      }
      return Optional.empty();
    }
  }

  static {
    // The JDK keeps 5 idle connections per destination unless told otherwise; the generators run
    // up to a few hundred concurrent users against one server.
    if (System.getProperty("http.maxConnections") == null) {
      System.setProperty("http.maxConnections", "500");
    }
  }

  private final Duration timeout;

  public BenchHttp(Duration timeout) {
    this.timeout = timeout;
  }

  /**
   * Sends one request. {@code headers} are name/value pairs; {@code body} is sent as is when not
   * null; {@code cookies} (may be null) supplies the Cookie header and stores any Set-Cookie.
   */
  public Response send(
      String method, URI uri, List<String> headers, String body, CookieManager cookies)
      throws IOException {
    HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
    c.setRequestMethod(method);
    c.setInstanceFollowRedirects(false);
    c.setUseCaches(false);
    c.setConnectTimeout((int) timeout.toMillis());
    c.setReadTimeout((int) timeout.toMillis());
    for (int i = 0; i + 1 < headers.size(); i += 2) {
      c.setRequestProperty(headers.get(i), headers.get(i + 1));
    }
    if (cookies != null) {
      for (Map.Entry<String, List<String>> e :
          cookies.get(secureContext(uri), Map.of()).entrySet()) {
        for (String value : e.getValue()) {
          c.addRequestProperty(e.getKey(), value);
        }
      }
    }
    if (body != null) {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      c.setDoOutput(true);
      c.setFixedLengthStreamingMode(bytes.length);
      try (OutputStream out = c.getOutputStream()) {
        out.write(bytes);
      }
    }
    int status = c.getResponseCode();
    Map<String, List<String>> responseHeaders = c.getHeaderFields();
    if (cookies != null) {
      cookies.put(secureContext(uri), responseHeaders);
    }
    InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
    String text = "";
    if (in != null) {
      // Reading the body to its end returns the connection to the keep-alive pool.
      try (in) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    return new Response(status, responseHeaders, text);
  }

  /**
   * {@code uri} as the cookie jar should see it: loopback over http is a secure context in
   * browsers, so the {@code Secure} state cookie comes back there; the JDK's jar would withhold it.
   */
  static URI secureContext(URI uri) {
    String host = uri.getHost();
    boolean loopback =
        "localhost".equalsIgnoreCase(host) || "127.0.0.1".equals(host) || "[::1]".equals(host);
    if (!"http".equalsIgnoreCase(uri.getScheme()) || !loopback) {
      return uri;
    }
    return URI.create("https" + uri.toString().substring(4));
  }
}
