package it.kenes.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

/** Plain requests on Kenes that need no cookies: public endpoints and bearer-token APIs. */
public final class Http {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private Http() {}

  /** GET {@code path} on Kenes with header name/value pairs. */
  public static HttpAnswer get(String path, String... headers) {
    return send(HttpRequest.newBuilder(Kenes.url(path)).GET(), headers);
  }

  /** GET any absolute URL. */
  public static HttpAnswer get(URI url, String... headers) {
    return send(HttpRequest.newBuilder(url).GET(), headers);
  }

  /** POST {@code body} as {@code contentType} to {@code path} on Kenes. */
  public static HttpAnswer post(String path, String contentType, String body, String... headers) {
    return send(
        HttpRequest.newBuilder(Kenes.url(path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body)),
        headers);
  }

  /** DELETE {@code path} on Kenes with header name/value pairs. */
  public static HttpAnswer delete(String path, String... headers) {
    return send(HttpRequest.newBuilder(Kenes.url(path)).DELETE(), headers);
  }

  /** {@code GET /api/me} with the session token of a launch (none when null). */
  /**
   * What pages opened by this client carry for the session in links and forms: the URL-borne page
   * reference ({@code u.…}) Kenes makes for a browser without the session cookie, bound to this
   * client's User-Agent and address. Read off the landing page opened with the token as Bearer.
   */
  public static String pageReference(String sessionToken) {
    HttpAnswer landing =
        get("/app", "Accept", "text/html", "Authorization", "Bearer " + sessionToken);
    java.util.regex.Matcher meta =
        java.util.regex.Pattern.compile("<meta name=\"kenes-session\" content=\"([^\"]+)\">")
            .matcher(landing.body());
    if (landing.status() != 200 || !meta.find()) {
      throw new AssertionError("no page reference for the session: " + landing);
    }
    return meta.group(1);
  }

  public static HttpAnswer me(String sessionToken) {
    return sessionToken == null
        ? get("/api/me", "Accept", "application/json")
        : get("/api/me", "Accept", "application/json", "Authorization", "Bearer " + sessionToken);
  }

  /** The id Kenes gives the course (LTI context) of a launch's session, from {@code /api/me}. */
  public static long contextRef(String sessionToken) {
    return me(sessionToken).json().getJsonObject("context").getJsonNumber("id").longValue();
  }

  static HttpAnswer send(HttpRequest.Builder request, String... headers) {
    if (headers.length % 2 != 0) {
      throw new IllegalArgumentException("headers come in name/value pairs");
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
    try {
      return HttpAnswer.of(CLIENT.send(built, BodyHandlers.ofString()));
    } catch (IOException e) {
      throw new AssertionError(built.method() + " " + built.uri() + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
