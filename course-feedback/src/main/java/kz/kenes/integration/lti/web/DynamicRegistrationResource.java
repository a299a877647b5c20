package kz.kenes.integration.lti.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import java.util.function.Supplier;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.integration.lti.application.DynamicRegistrationService;
import kz.kenes.integration.lti.application.DynamicRegistrationService.Completed;
import kz.kenes.integration.lti.application.DynamicRegistrationService.Preview;
import kz.kenes.integration.lti.application.FrameAncestors;
import kz.kenes.lti.ToolConfiguration;
import kz.kenes.lti.registration.dynamic.DynamicRegistrationException;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.errors.Problems;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.SecurityHeadersFilter;
import kz.kenes.platform.web.StaticAssets;
import kz.kenes.platform.web.Views;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * LTI Dynamic Registration's tool page: the platform opens it (in a frame or a window) with its
 * {@code openid_configuration} and {@code registration_token} added to the registration link the
 * Kenes operator created. GET shows what will be registered; the form posts back to register. The
 * page may be framed by the platform that opened it (the origin of its configuration URL), and its
 * last step closes the platform's dialog with the {@code org.imsglobal.lti.close} message
 * (static/lti-register.js). Every refusal is a page that says why, with nothing stored.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dr/v1p0#step-1-registration-initiation-request">
 *     Dynamic Registration §3.3 Registration initiation request</a>
 */
@Path("/lti/register")
@Produces(MediaType.TEXT_HTML)
public class DynamicRegistrationResource {

  public static final String PATH = "/lti/register";

  @Inject DynamicRegistrationService registration;
  @Inject PageSessions pages;
  @Inject ToolConfiguration tool;
  @Inject Views views;
  @Inject FrameAncestors frameAncestors;
  @Context HttpHeaders headers;

  @GET
  @Operation(hidden = true)
  public Response show(
      @QueryParam(DynamicRegistrationService.LINK_PARAM) String link,
      @QueryParam("openid_configuration") String configuration,
      @QueryParam("registration_token") String token,
      @QueryParam("lang") String lang) {
    Locale locale = pages.anonymousLocale(headers, lang);
    return answer(
        configuration,
        locale,
        () -> {
          Preview preview = registration.preview(link, configuration, token);
          return page(locale, "register.title")
              .with("preview", preview)
              .with("tool", tool)
              .with("link", link)
              .with("configuration", configuration)
              .with("registrationToken", token == null ? "" : token)
              .with("action", PATH);
        });
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response register(
      @FormParam(DynamicRegistrationService.LINK_PARAM) String link,
      @FormParam("openid_configuration") String configuration,
      @FormParam("registration_token") String token,
      @FormParam("lang") String lang) {
    Locale locale = pages.anonymousLocale(headers, lang);
    return answer(
        configuration,
        locale,
        () -> {
          Completed done = registration.complete(link, configuration, token);
          return page(locale, "register.done.title")
              .with("completed", done)
              .with("jsUrl", StaticAssets.shared().url("lti-register.js"));
        });
  }

  /** The page {@code render} makes, or the refusal page; framed by the configuration's origin. */
  private Response answer(String configuration, Locale locale, Supplier<PageModel> render) {
    PageModel page;
    int status = 200;
    try {
      page = render.get();
    } catch (DomainException refusal) {
      status = Problems.status(refusal);
      page = page(locale, "register.error.title").with("error", refusal.getMessage());
    } catch (DynamicRegistrationException refusal) {
      status = status(refusal.kind());
      page = page(locale, "register.error.title").with("error", refusal.getMessage());
    }
    String html = views.render("lti/register", locale, page.asMap());
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(html)
        .header(
            "Content-Security-Policy",
            SecurityHeadersFilter.framedBy(
                frameAncestors.frameAncestors() + " " + frameSource(configuration)))
        .header("Cache-Control", "no-store")
        .build();
  }

  private PageModel page(Locale locale, String titleKey) {
    return PageModel.of(locale, titleKey);
  }

  static int status(DynamicRegistrationException.Kind kind) {
    return switch (kind) {
      case BAD_REQUEST, CONFIGURATION_INVALID -> 400;
      case CONFIGURATION_UNAVAILABLE, PLATFORM_REFUSED, PLATFORM_UNAVAILABLE -> 502;
    };
  }

  /** The origin of the configuration URL, the platform that may frame this page ("" if none). */
  static String frameSource(String configuration) {
    if (configuration == null || configuration.isBlank() || configuration.length() > 2000) {
      return "";
    }
    try {
      return FrameAncestors.origin(URI.create(configuration.strip())).orElse("");
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
