package kz.kenes.platform.errors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.kenes.platform.i18n.Messages;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.Views;

/**
 * Turns a refusal into the answer the client can read: {@code application/problem+json} for API
 * clients, a translated HTML page for browsers (they ask for {@code text/html}). Both carry an
 * error reference that is also written to the log; neither ever carries a stack trace.
 */
@ApplicationScoped
public class ErrorResponder {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject Views views;
  @Inject Messages messages;

  public static String newReference() {
    byte[] bytes = new byte[6];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes).toUpperCase(Locale.ROOT);
  }

  /** The request path as the client sent it, for the problem's {@code instance}. */
  public static String pathOf(jakarta.ws.rs.core.UriInfo uriInfo) {
    String path = uriInfo.getPath();
    return path.startsWith("/") ? path : "/" + path;
  }

  /**
   * The answer to a refusal. {@code language} is the page language the request asked for ({@code
   * ?lang=}), or null to follow {@code Accept-Language}.
   */
  public Response respond(
      HttpHeaders headers,
      String language,
      String path,
      int status,
      String type,
      String detail,
      Map<String, String> fieldErrors,
      String reference) {
    if (wantsHtml(headers)) {
      return htmlPage(headers, language, status, detail, reference);
    }
    String title = messages.text(Locale.ENGLISH, "error.title." + status);
    Problem problem =
        new Problem(
            "urn:kenes:problem:" + type,
            title.startsWith("error.") ? Response.Status.fromStatusCode(status) + "" : title,
            status,
            detail,
            path,
            reference,
            fieldErrors == null || fieldErrors.isEmpty() ? null : fieldErrors);
    return Response.status(status)
        .type(Problem.MEDIA_TYPE)
        .entity(problem)
        .header("Cache-Control", "no-store")
        .build();
  }

  private Response htmlPage(
      HttpHeaders headers, String language, int status, String detail, String reference) {
    Locale locale = messages.choose(language, null, headers.getHeaderString("Accept-Language"));
    Map<String, Object> model = new HashMap<>();
    model.put("status", status);
    model.put("detail", detail);
    model.put("reference", reference);
    model.put("lang", locale.getLanguage());
    String html = views.render("error", locale, model);
    return HtmlPages.status(status, html);
  }

  /** Browsers navigate with {@code Accept: text/html,…}; API clients ask for JSON or nothing. */
  static boolean wantsHtml(HttpHeaders headers) {
    if (headers == null) {
      return false;
    }
    List<MediaType> accepted = headers.getAcceptableMediaTypes();
    for (MediaType type : accepted) {
      if (type.isWildcardType()) {
        return false;
      }
      if (type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
        return true;
      }
      if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
          || "problem+json".equals(type.getSubtype())) {
        return false;
      }
    }
    return false;
  }
}
