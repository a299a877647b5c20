package kz.kenes.devplatform.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import kz.kenes.devplatform.DevModeGate;
import kz.kenes.devplatform.application.DevGradebook;
import kz.kenes.devplatform.application.DevPlatform;
import kz.kenes.devplatform.application.DevPlatformRegistrar;
import kz.kenes.platform.domain.InvalidInput;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The development platform's OAuth 2 token endpoint: the client credentials grant with Kenes's
 * {@code private_key_jwt} client assertion, checked against Kenes's key set (as Moodle checks it
 * against the tool's JWKS), answered with a bearer token for the AGS endpoints or an RFC 6749 §5.2
 * error.
 *
 * @see <a
 *     href="https://www.imsglobal.org/spec/security/v1p0/#using-json-web-tokens-with-oauth-2-0-client-credentials-grant">
 *     Security Framework §4.1 Client credentials grant</a>
 */
@Path("/dev/platform/token")
public class DevPlatformTokenResource {

  @Inject DevModeGate gate;
  @Inject DevGradebook gradebook;
  @Inject DevPlatformRegistrar registrar;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public Response token(
      @FormParam("grant_type") String grantType,
      @FormParam("client_assertion_type") String assertionType,
      @FormParam("client_assertion") String assertion,
      @FormParam("scope") String scope) {
    gate.requireOpen();
    DevPlatform platform = registrar.platform();
    try {
      String token =
          gradebook.issueToken(
              grantType,
              assertionType,
              assertion,
              URI.create(platform.tokenUrl()),
              DevPlatform.CLIENT_ID);
      var body =
          Json.createObjectBuilder()
              .add("access_token", token)
              .add("token_type", "Bearer")
              .add("expires_in", DevGradebook.TOKEN_LIFETIME.toSeconds())
              .add("scope", scope == null ? "" : scope);
      return Response.ok(body.build().toString()).header("Cache-Control", "no-store").build();
    } catch (InvalidInput refused) {
      String message = refused.getMessage();
      int colon = message.indexOf(':');
      var body =
          Json.createObjectBuilder()
              .add("error", colon > 0 ? message.substring(0, colon) : "invalid_request")
              .add("error_description", message);
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(body.build().toString())
          .header("Cache-Control", "no-store")
          .build();
    }
  }
}
