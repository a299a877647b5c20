package it.kenes.program;

import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser on Kenes's pages with one session: it opens pages with the session token ({@code kt})
 * and posts forms with it and the CSRF token it read from a page, as the pages' own forms do.
 */
final class PageClient {

  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  private final String token;
  private String csrf;

  private PageClient(String token) {
    this.token = token;
  }

  /** An administrator signed in with the admin token on {@code /admin}. */
  static PageClient adminSignedIn(String adminToken) {
    HttpAnswer answer =
        Http.post(
            "/admin",
            "application/x-www-form-urlencoded",
            "token=" + encode(adminToken),
            "Accept",
            "text/html");
    String location =
        answer.location().orElseThrow(() -> new AssertionError("" + answer)).toString();
    Matcher kt = Pattern.compile("[?&]kt=([^&]+)").matcher(location);
    if (!kt.find()) {
      throw new AssertionError("no kt in " + location);
    }
    return new PageClient(java.net.URLDecoder.decode(kt.group(1), StandardCharsets.UTF_8));
  }

  /** The session of an LTI launch. */
  static PageClient ofSession(String sessionToken) {
    return new PageClient(Http.pageReference(sessionToken));
  }

  /**
   * GET {@code path} (may hold a query) as a browser, with the session token; an absolute URL (a
   * redirect's Location) is followed as it is.
   */
  HttpAnswer get(String path) {
    HttpAnswer answer =
        path.startsWith("http")
            ? Http.get(java.net.URI.create(path), "Accept", "text/html")
            : Http.get(withToken(path), "Accept", "text/html");
    Matcher matcher = CSRF.matcher(answer.body());
    if (matcher.find()) {
      csrf = matcher.group(1);
    }
    return answer;
  }

  /** Posts a form with the session token and the CSRF token of the last page read. */
  HttpAnswer post(String path, String... pairs) {
    List<String> all = new ArrayList<>(List.of("kt", token, "csrf", csrf()));
    all.addAll(List.of(pairs));
    return postRaw(path, all.toArray(String[]::new));
  }

  /** Posts exactly these fields (no tokens added). */
  HttpAnswer postRaw(String path, String... pairs) {
    List<String> fields = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      fields.add(encode(pairs[i]) + "=" + encode(pairs[i + 1]));
    }
    return Http.post(
        path,
        "application/x-www-form-urlencoded",
        fields.stream().collect(Collectors.joining("&")),
        "Accept",
        "text/html");
  }

  /** Posts a multipart form with the tokens and these text parts. */
  HttpAnswer postMultipart(String path, String... pairs) {
    String boundary = "kenes" + System.nanoTime();
    List<String> all = new ArrayList<>(List.of("kt", token, "csrf", csrf()));
    all.addAll(List.of(pairs));
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < all.size(); i += 2) {
      body.append("--").append(boundary).append("\r\n");
      String name = all.get(i);
      body.append("Content-Disposition: form-data; name=\"").append(name).append('"');
      if (name.equals("file")) {
        body.append("; filename=\"program.json\"\r\nContent-Type: application/json");
      }
      body.append("\r\n\r\n").append(all.get(i + 1)).append("\r\n");
    }
    body.append("--").append(boundary).append("--\r\n");
    return Http.post(
        path, "multipart/form-data; boundary=" + boundary, body.toString(), "Accept", "text/html");
  }

  String token() {
    return token;
  }

  String csrf() {
    if (csrf == null) {
      get("/app");
    }
    return csrf;
  }

  String withToken(String path) {
    return path + (path.contains("?") ? "&" : "?") + "kt=" + encode(token);
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
