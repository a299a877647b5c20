package kz.kenes.integration.lti.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import kz.kenes.identity.api.Authenticator;
import kz.kenes.integration.lti.application.ToolKeyService;
import kz.kenes.platform.config.KenesConfig;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Rotation of the tool's signing key; the old key stays published for the overlap. */
@Path("/api/admin/keys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tool keys")
public class KeyAdminResource {

  @Inject Authenticator auth;
  @Inject ToolKeyService keys;
  @Inject KenesConfig config;
  @Context HttpHeaders headers;

  /** The answer to a rotation. */
  public record Rotated(String activeKid, String previousKeysPublishedFor) {}

  @POST
  @Path("rotate")
  @Operation(summary = "Rotate the tool's signing key")
  public Rotated rotate() {
    auth.requireOperator(headers, null);
    return new Rotated(keys.rotate().kid(), config.keyRotationOverlap().toString());
  }
}
