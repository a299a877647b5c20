package kz.kenes.identity.web;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import java.util.Locale;
import java.util.Map;
import kz.kenes.identity.api.Authenticator;
import kz.kenes.identity.api.SessionReferences;
import kz.kenes.identity.application.SignInThrottle;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.identity.domain.OpenedSession;
import kz.kenes.identity.domain.SessionDraft;
import kz.kenes.identity.domain.SessionStore;
import kz.kenes.platform.config.KenesConfig;
import kz.kenes.platform.domain.TooManyRequests;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The administrator's way in without an LMS: the admin token ({@code kenes.admin.token}) typed into
 * a form opens an administrator session ({@link KenesSession.Kind#ADMIN_TOKEN}) and leads to the
 * platform registrations. The form has no CSRF token because there is no session yet to bind one
 * to; the admin token itself is the secret a forged request would lack. Without a configured admin
 * token the page says that sign-in is closed. Tries are counted by {@link SignInThrottle} with the
 * admin API's, per client address across all nodes.
 */
@Path("/admin")
public class AdminSignInResource {

  @Inject PageSessions pages;
  @Inject SessionStore sessions;
  @Inject Authenticator auth;
  @Inject SessionReferences references;
  @Inject KenesConfig config;
  @Inject SignInThrottle throttle;
  @Context HttpServletRequest http;
  @Inject Views views;
  @Context HttpHeaders headers;

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response form(@QueryParam("lang") String lang) {
    return HtmlPages.ok(render(pages.anonymousLocale(headers, lang), false));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response signIn(@FormParam("token") String token, @FormParam("lang") String lang) {
    Locale locale = pages.anonymousLocale(headers, lang);
    SignInThrottle.Attempt attempt;
    try {
      attempt = throttle.begin(http.getRemoteAddr());
    } catch (TooManyRequests slowDown) {
      return Response.fromResponse(
              HtmlPages.status(429, render(model(locale, false, false).with("throttled", true))))
          .header("Retry-After", TooManyRequests.seconds(slowDown.retryAfter().orElseThrow()))
          .build();
    }
    if (!auth.adminTokenMatches(token)) {
      attempt.failed();
      return HtmlPages.status(401, render(locale, true));
    }
    attempt.succeeded();
    OpenedSession opened = sessions.open(SessionDraft.adminToken(locale.getLanguage()));
    return references.enter(opened, Navigation.PLATFORMS);
  }

  private String render(Locale locale, boolean refused) {
    return render(model(locale, refused, config.adminToken().isEmpty()));
  }

  private String render(PageModel page) {
    return views.render("admin/sign-in", page.locale(), page.asMap());
  }

  /** The sign-in page, after a refused token or not, with sign-in closed or open. */
  static PageModel model(Locale locale, boolean refused, boolean closed) {
    return PageModel.of(locale, "signin.title")
        .switchLinks("/admin", Map.of())
        .with("refused", refused)
        .with("closed", closed)
        .with("throttled", false);
  }
}
