package kz.kenes.devplatform.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import kz.kenes.devplatform.DevModeGate;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The development platform's OAuth 2 token endpoint, registered so that the registration is
 * complete. The platform offers no LTI Advantage services yet, so every request is refused the way
 * RFC 6749 §5.2 refuses a grant the server does not support.
 *
 * @see <a
 *     href="https://www.imsglobal.org/spec/security/v1p0/#using-json-web-tokens-with-oauth-2-0-client-credentials-grant">
 *     Security Framework §4.1 Client credentials grant</a>
 */
@Path("/dev/platform/token")
public class DevPlatformTokenResource {

  @Inject DevModeGate gate;

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public Response token() {
    gate.requireOpen();
    return Response.status(Response.Status.BAD_REQUEST)
        .entity(
            Map.of(
                "error",
                "unsupported_grant_type",
                "error_description",
                "the development platform offers no LTI Advantage services yet"))
        .header("Cache-Control", "no-store")
        .build();
  }
}
