package kz.kenes.devplatform.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.kenes.devplatform.DevModeGate;
import kz.kenes.devplatform.application.DevPlatformService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The development platform's public key set, from which Kenes verifies its id_tokens.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#h_key-management">Security Framework
 *     §6.3 Key distribution</a>
 */
@Path("/dev/platform/jwks")
public class DevPlatformKeysResource {

  @Inject DevModeGate gate;
  @Inject DevPlatformService platform;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public Response jwks() {
    gate.requireOpen();
    return Response.ok(platform.publicJwksJson()).header("Cache-Control", "max-age=60").build();
  }
}
