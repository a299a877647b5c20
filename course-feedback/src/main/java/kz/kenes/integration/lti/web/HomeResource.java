package kz.kenes.integration.lti.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.integration.lti.api.ToolConfigResource;
import kz.kenes.lti.ToolConfiguration;
import kz.kenes.platform.config.KenesConfig;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The page at {@code /}: what Kenes is for someone who opens its address directly rather than from
 * a course, where administrators sign in, the tool's URLs for an LMS administrator, and, in dev
 * mode, the way to the built-in platform.
 */
@Path("/")
public class HomeResource {

  @Inject PageSessions pages;
  @Inject KenesConfig config;
  @Inject ToolConfiguration tool;
  @Inject Views views;
  @Context HttpHeaders headers;

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response home(@QueryParam("lang") String lang) {
    Locale locale = pages.anonymousLocale(headers, lang);
    return HtmlPages.ok(
        views.render("home", locale, model(locale, config.devMode(), tool).asMap()));
  }

  static PageModel model(Locale locale, boolean devMode, ToolConfiguration tool) {
    return PageModel.of(locale, "home.title")
        .switchLinks("/", Map.of())
        .with("devMode", devMode)
        .with("tool", ToolConfigResource.of(tool));
  }
}
