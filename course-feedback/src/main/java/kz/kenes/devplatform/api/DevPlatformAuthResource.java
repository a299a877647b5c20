package kz.kenes.devplatform.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
  public Response authorizeGet(
      @QueryParam("scope") String scope,
      @QueryParam("response_type") String responseType,
      @QueryParam("response_mode") String responseMode,
      @QueryParam("prompt") String prompt,
      @QueryParam("client_id") String clientId,
      @QueryParam("redirect_uri") String redirectUri,
      @QueryParam("login_hint") String loginHint,
      @QueryParam("lti_message_hint") String messageHint,
      @QueryParam("state") String state,
      @QueryParam("nonce") String nonce) {
    gate.requireOpen();
    return authorize(
        new AuthenticationRequest(
            scope,
            responseType,
            responseMode,
            prompt,
            clientId,
            redirectUri,
            loginHint,
            messageHint,
            state,
            nonce));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response authorizePost(
      @FormParam("scope") String scope,
      @FormParam("response_type") String responseType,
      @FormParam("response_mode") String responseMode,
      @FormParam("prompt") String prompt,
      @FormParam("client_id") String clientId,
      @FormParam("redirect_uri") String redirectUri,
      @FormParam("login_hint") String loginHint,
      @FormParam("lti_message_hint") String messageHint,
      @FormParam("state") String state,
      @FormParam("nonce") String nonce) {
    gate.requireOpen();
    return authorize(
        new AuthenticationRequest(
            scope,
            responseType,
            responseMode,
            prompt,
            clientId,
            redirectUri,
            loginHint,
            messageHint,
            state,
            nonce));
  }

  private Response authorize(AuthenticationRequest request) {
    return pages.autoPost(platform.authorize(request));
  }
}
