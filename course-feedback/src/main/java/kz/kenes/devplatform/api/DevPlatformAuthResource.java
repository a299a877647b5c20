package kz.kenes.devplatform.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import kz.kenes.devplatform.DevModeGate;
import kz.kenes.devplatform.application.AuthenticationRequest;
import kz.kenes.devplatform.application.DevPlatformService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The development platform's OIDC authorisation endpoint: Kenes's login initiation redirects the
 * browser here; a valid request is answered with a page that posts the signed id_token and the
 * state to Kenes's launch URL ({@code response_mode=form_post}); an invalid one with a 400 naming
 * the parameter.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#step-3-authentication-response">
 *     Security Framework §5.1.1.3 Authentication response</a>
 */
@Path("/dev/platform/auth")
public class DevPlatformAuthResource {

  @Inject DevModeGate gate;
  @Inject DevPlatformService platform;
  @Inject DevPages pages;

  @GET
  @Operation(hidden = true)
  public Response authorizeGet(@Context UriInfo uri) {
    gate.requireOpen();
    return authorize(uri.getQueryParameters());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response authorizePost(MultivaluedMap<String, String> form) {
    gate.requireOpen();
    return authorize(form);
  }

  /** The OIDC parameters, from the query (GET) or the form (POST) alike. */
  private Response authorize(MultivaluedMap<String, String> p) {
    return authorize(
        new AuthenticationRequest(
            p.getFirst("scope"),
            p.getFirst("response_type"),
            p.getFirst("response_mode"),
            p.getFirst("prompt"),
            p.getFirst("client_id"),
            p.getFirst("redirect_uri"),
            p.getFirst("login_hint"),
            p.getFirst("lti_message_hint"),
            p.getFirst("state"),
            p.getFirst("nonce")));
  }

  private Response authorize(AuthenticationRequest request) {
    return pages.autoPost(platform.authorize(request));
  }
}
