package kz.kenes.identity.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import kz.kenes.identity.api.SessionReferences;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.identity.domain.SessionStore;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The page header's sign-out: the form posts the session token with its CSRF token, the session
 * ends (its token opens nothing any more, on any node), its cookie is removed, and a page says so
 * and how to come back. API callers sign out with {@code DELETE /api/me/session}.
 */
@Path(Navigation.SIGN_OUT)
public class SignOutResource {

  @Inject PageSessions pages;
  @Inject SessionStore sessions;
  @Inject SessionReferences references;
  @Inject Views views;
  @Context HttpHeaders headers;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response signOut(MultivaluedMap<String, String> form) {
    PageRequest request = pages.submit(headers, form);
    sessions.end(request.session().id());
    return Response.fromResponse(
            HtmlPages.ok(views.render("signed-out", request.locale(), model(request).asMap())))
        .header("Set-Cookie", references.clearCookie(request.session().id()))
        .build();
  }

  /** The signed-out page: no session any more, so no token in it. */
  static PageModel model(PageRequest request) {
    return PageModel.of(request.locale(), "signout.title")
        .with("adminToken", request.session().kind() == KenesSession.Kind.ADMIN_TOKEN);
  }
}
