package kz.kenes.platform.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The HTTP answer that carries a rendered page: HTML in UTF-8, never stored by a cache (pages carry
 * the session token).
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
        .entity(html)
        .header("Cache-Control", "no-store")
        .build();
  }
}
