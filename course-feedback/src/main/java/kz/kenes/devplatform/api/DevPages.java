package kz.kenes.devplatform.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import kz.kenes.devplatform.application.AutoPost;
import kz.kenes.platform.web.Views;

/**
 * Renders the development platform's pages (templates under {@code templates/dev/}, English only:
 * it is a developer's tool) as uncached HTML.
 */
@ApplicationScoped
public class DevPages {

  @Inject Views views;

  public Response page(String template, Map<String, Object> model) {
    return Response.ok(views.render(template, Locale.ENGLISH, model))
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .header("Cache-Control", "no-store")
        .build();
  }

  /** A form that posts itself to {@link AutoPost#action()} (dev-platform.js submits it). */
  public Response autoPost(AutoPost post) {
    return page(
        "dev/autopost",
        Map.of("action", post.action(), "fields", post.fields(), "heading", post.heading()));
  }
}
