package kz.kenes.integration.lti.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import kz.kenes.integration.lti.application.ToolKeyService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The tool's public keys, for platforms to verify what the tool signs (deep linking responses,
 * service token requests).
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#h_key-set-url">Security Framework
 *     §6.3 Key set URL</a>
 */
@Path("/lti/jwks")
@Tag(name = "LTI")
public class JwksResource {

  @Inject ToolKeyService keys;

  @GET
  @Produces({"application/jwk-set+json", "application/json"})
  @Operation(summary = "The tool's public JSON Web Key Set")
  public Response jwks() {
    return Response.ok(keys.publicJwksJson())
        .header("Cache-Control", "public, max-age=300")
        .build();
  }
}
