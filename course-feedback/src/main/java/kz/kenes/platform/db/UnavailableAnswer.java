package kz.kenes.platform.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import kz.kenes.platform.i18n.Messages;
import kz.kenes.platform.web.Views;

/**
 * The 503 a servlet filter gives while the database cannot serve: {@code application/problem+json}
 * for API clients, the translated error page for browsers (they ask for {@code text/html} before
 * JSON), both with {@code Retry-After} and never stored by a cache. Written without the JAX-RS
 * runtime and without touching the database, so it costs microseconds.
 */
@ApplicationScoped
public class UnavailableAnswer {

  @Inject Views views;
  @Inject Messages messages;

  /**
   * Answers 503.
   *
   * @param type the problem type's last part: {@code not-ready} or {@code database-unavailable}
   * @param detail an English sentence saying what to do
   */
  public void write(
      HttpServletRequest req, HttpServletResponse res, String type, String detail, Duration retry)
      throws IOException {
    res.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    res.setHeader("Retry-After", Long.toString(Math.max(1, retry.toSeconds())));
    res.setHeader("Cache-Control", "no-store");
    byte[] body;
    if (wantsHtml(req.getHeader("Accept"))) {
      res.setContentType("text/html;charset=UTF-8");
      body = page(req, detail).getBytes(StandardCharsets.UTF_8);
    } else {
      res.setContentType("application/problem+json");
      body = problem(type, detail, req.getRequestURI()).getBytes(StandardCharsets.UTF_8);
    }
    res.setContentLength(body.length);
    res.getOutputStream().write(body);
  }

  /** The problem+json body (RFC 9457). */
  static String problem(String type, String detail, String path) {
    return Json.createObjectBuilder()
        .add("type", "urn:kenes:problem:" + type)
        .add("title", "Service Unavailable")
        .add("status", 503)
        .add("detail", detail)
        .add("instance", path == null ? "/" : path)
        .build()
        .toString();
  }

  private String page(HttpServletRequest req, String detail) {
    Locale locale = messages.choose(param(req), null, req.getHeader("Accept-Language"));
    Map<String, Object> model = new HashMap<>();
    model.put("status", 503);
    model.put("detail", detail);
    model.put("lang", locale.getLanguage());
    return views.render("error", locale, model);
  }

  private static String param(HttpServletRequest req) {
    String lang = req.getParameter("lang");
    return lang == null || lang.length() > 8 ? null : lang;
  }

  /**
   * Whether the client prefers a page: the first of its {@code Accept} types that settles it is
   * {@code text/html} (browsers navigating), not JSON or a wildcard (API clients, curl).
   */
  static boolean wantsHtml(String accept) {
    if (accept == null) {
      return false;
    }
    for (String part : accept.split(",")) {
      String type = part.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
      if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
        return true;
      }
      if (type.equals("*/*") || type.endsWith("json")) {
        return false;
      }
    }
    return false;
  }
}
