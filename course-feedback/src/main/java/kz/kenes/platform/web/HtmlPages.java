package kz.kenes.platform.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

  public static Response status(int status, String html) {
    return Response.status(status)
        .type(HTML)
        .entity(html.getBytes(StandardCharsets.UTF_8))
        .header("Cache-Control", "no-store")
        .build();
  }
}
