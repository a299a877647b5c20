package it.kenes.support;

import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One user's browser as far as Kenes can tell: a cookie jar of its own (loopback over http counts
 * as a secure context, as in browsers) and a fixed User-Agent. It never follows redirects, so that
 * each step of a launch can be looked at. Two virtual browsers with the same User-Agent and no
 * cookies look like one browser that blocks third-party cookies.
 */
public final class VirtualBrowser {

  private final SecureContextCookies cookies = new SecureContextCookies();
  private final HttpClient client;
  private final String userAgent;

  private VirtualBrowser(String userAgent, boolean keepsCookies) {
    this.userAgent = userAgent;
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER);
    if (keepsCookies) {
      builder.cookieHandler(cookies);
    }
    this.client = builder.build();
  }

  /** A browser with a cookie jar and a User-Agent of its own. */
  public static VirtualBrowser open() {
    return new VirtualBrowser("KenesIT/1.0 (virtual browser " + Unique.suffix() + ")", true);
  }

  /** A browser that never stores nor sends cookies (third-party cookies blocked). */
  public static VirtualBrowser blockingCookies(String userAgent) {
    return new VirtualBrowser(userAgent, false);
  }

  public String userAgent() {
    return userAgent;
  }

  /** The same browser identity (User-Agent, address) but cookies blocked from now on. */
  public VirtualBrowser withCookiesBlocked() {
    return blockingCookies(userAgent);
  }

  /** The cookies this browser would send to {@code url}. */
  public List<HttpCookie> cookiesFor(URI url) {
    return cookies.cookiesFor(url);
  }

  public HttpAnswer get(URI url, String... headers) {
    return send(HttpRequest.newBuilder(url).GET(), headers);
  }

  /** Posts an HTML form ({@code application/x-www-form-urlencoded}); null values are left out. */
  public HttpAnswer postForm(URI url, Map<String, String> form, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(BodyPublishers.ofString(formBody(form)));
    return send(request, headers);
  }

  static String formBody(Map<String, String> form) {
    return form.entrySet().stream()
        .filter(e -> e.getValue() != null)
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private HttpAnswer send(HttpRequest.Builder request, String... headers) {
    request.header("User-Agent", userAgent).timeout(Duration.ofSeconds(30));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    HttpRequest built = request.build();
    try {
      return HttpAnswer.of(client.send(built, BodyHandlers.ofString()));
    } catch (IOException e) {
      throw new AssertionError(built.method() + " " + built.uri() + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
