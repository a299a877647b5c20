package kz.kenes.integration.lti.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import kz.kenes.integration.lti.application.Housekeeping;
import kz.kenes.lti.launch.LoginInitiation;
import kz.kenes.lti.launch.LoginRedirect;
import kz.kenes.lti.launch.LoginRequest;
import kz.kenes.lti.security.state.BrowserBinding;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Third-party initiated login, the first step of every launch: the platform sends the browser here,
 * the tool answers with a redirect to the platform's OIDC authorisation endpoint.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#step-1-third-party-initiated-login">
 *     Security Framework §5.1.1.1</a>
 */
@Path("/lti/login")
@Tag(name = "LTI")
public class LtiLoginResource {

  @Inject LoginInitiation initiation;
  @Inject StateCookies cookies;
  @Inject Housekeeping housekeeping;
  @Context HttpServletRequest http;

  @GET
  @Operation(summary = "OIDC login initiation (GET)")
  public Response loginGet(@Context UriInfo uri) {
    return login(uri.getQueryParameters());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(summary = "OIDC login initiation (POST)")
  public Response loginPost(MultivaluedMap<String, String> form) {
    return login(form);
  }

  /** The initiation parameters, from the query (GET) or the form (POST) alike. */
  private Response login(MultivaluedMap<String, String> p) {
    return login(
        new LoginRequest(
            p.getFirst("iss"),
            p.getFirst("login_hint"),
            p.getFirst("target_link_uri"),
            p.getFirst("lti_message_hint"),
            p.getFirst("client_id"),
            p.getFirst("lti_deployment_id")));
  }

  private Response login(LoginRequest request) {
    String binding = BrowserBinding.of(http.getHeader("User-Agent"), http.getRemoteAddr());
    LoginRedirect redirect = initiation.initiate(request, binding);
    housekeeping.runIfDue();
    return Response.status(Response.Status.FOUND)
        .location(redirect.redirectUri())
        .header("Set-Cookie", cookies.set(redirect.state().state(), http.isSecure()))
        .header("Cache-Control", "no-store")
        .build();
  }
}
