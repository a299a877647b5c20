package kz.kenes.platform.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The HTTP answer that carries a rendered page: HTML in UTF-8, never stored by a cache (pages carry
 * the session token). The page goes out as bytes, not as a String: RESTEasy escapes every String
 * entity of a 400 text/html answer (its message sanitizer), which would show a refused form as
 * source code. Templates escape their own output, so nothing unescaped gets through.
 */
public final class HtmlPages {

  static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

  private HtmlPages() {}

  public static Response ok(String html) {
    return status(200, html);
  }

  /**
   * See Other to {@code target} (POST-redirect-GET, or a page that sends the browser on), never
   * stored by a cache: the target may carry the session token.
   */
  public static Response seeOther(String target) {
    return Response.seeOther(URI.create(target)).header("Cache-Control", "no-store").build();
  }

  public static Response status(int status, String html) {
    return Response.status(status)
        .type(HTML)
        .entity(html.getBytes(StandardCharsets.UTF_8))
        .header("Cache-Control", "no-store")
        .build();
  }
}
