package kz.kenes.integration.lti.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.kenes.identity.api.SessionReferences;
import kz.kenes.integration.lti.application.LaunchService;
import kz.kenes.integration.lti.application.LaunchService.Launched;
import kz.kenes.lti.launch.LaunchRequest;
import kz.kenes.lti.security.state.BrowserBinding;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The launch: the platform's authorisation endpoint posts the id_token and state here. A valid
 * launch opens a session and sends the browser on to where it lands ({@link LaunchLanding}: the
 * deep linking picker, a placed activity, or the landing page of its role); any refusal is a 4xx
 * with the precise reason (see LtiProtocolExceptionMapper).
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#step-3-authentication-response">
 *     Security Framework §5.1.1.3</a>
 */
@Path("/lti/launch")
@Tag(name = "LTI")
public class LtiLaunchResource {

  @Inject LaunchService launches;
  @Inject StateCookies cookies;
  @Inject LaunchLanding landing;
  @Inject SessionReferences references;
  @Context HttpServletRequest http;
  @Context HttpHeaders headers;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(summary = "LTI launch (OIDC authentication response, form_post)")
  public Response launch(@FormParam("id_token") String idToken, @FormParam("state") String state) {
    String binding = BrowserBinding.of(http.getHeader("User-Agent"), http.getRemoteAddr());
    String returnedCookie = cookies.returnedFor(state, headers.getCookies());
    Launched launched = launches.launch(new LaunchRequest(state, idToken, returnedCookie, binding));
    return Response.fromResponse(references.enter(launched.opened(), landing.pathOf(launched)))
        .header("Set-Cookie", cookies.clear(state))
        .build();
  }
}
