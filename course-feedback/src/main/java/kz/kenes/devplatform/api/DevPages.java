package kz.kenes.devplatform.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import kz.kenes.devplatform.application.AutoPost;
import kz.kenes.platform.config.KenesConfig;
import kz.kenes.platform.web.Views;

/**
 * Renders the development platform's pages (templates under {@code templates/dev/}, English only:
 * it is a developer's tool) as uncached HTML with their own Content Security Policy. Kenes's pages
 * may frame nothing; the platform's pages must frame Kenes and post forms to it, on its public
 * origin, which is another origin when the page is opened on {@code 127.0.0.1}; and its launch
 * pages are framed by the course page on either loopback name (dev mode is loopback-only).
 */
@ApplicationScoped
public class DevPages {

  @Inject Views views;
  @Inject KenesConfig config;

  public Response page(String template, Map<String, Object> model) {
    return Response.ok(views.render(template, Locale.ENGLISH, model))
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .header("Cache-Control", "no-store")
        .header("Content-Security-Policy", contentSecurityPolicy(config.publicUrl()))
        .build();
  }

  /** A form that posts itself to {@link AutoPost#action()} (dev-platform.js submits it). */
  public Response autoPost(AutoPost post) {
    return page(
        "dev/autopost",
        Map.of("action", post.action(), "fields", post.fields(), "heading", post.heading()));
  }

  /** Scripts and styles from files only; frames and form posts to this server and Kenes. */
  static String contentSecurityPolicy(URI publicUrl) {
    String kenes = origin(publicUrl);
    return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
        + " object-src 'none'; base-uri 'none'; frame-src 'self' "
        + kenes
        + "; form-action 'self' "
        + kenes
        + "; frame-ancestors 'self' "
        + loopbackOrigins(publicUrl);
  }

  private static String origin(URI url) {
    return url.getScheme() + "://" + url.getRawAuthority();
  }

  /** Kenes's origin on both loopback names: the course page may be opened on either. */
  private static String loopbackOrigins(URI publicUrl) {
    String port = publicUrl.getPort() == -1 ? "" : ":" + publicUrl.getPort();
    String scheme = publicUrl.getScheme() + "://";
    return scheme + "localhost" + port + " " + scheme + "127.0.0.1" + port;
  }
}
