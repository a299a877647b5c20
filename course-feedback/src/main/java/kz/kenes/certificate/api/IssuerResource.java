package kz.kenes.certificate.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import kz.kenes.certificate.application.OpenBadges;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What a third party needs to verify a Kenes Open Badges credential, public: the issuer's profile,
 * its public keys (JWK Set) and the revocation status list (a signed Bitstring Status List
 * credential).
 */
@Path("/certificates")
@Tag(name = "Certificates")
public class IssuerResource {

  @Inject OpenBadges badges;

  @GET
  @Path("issuer")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The issuer's Open Badges profile (public)")
  public Map<String, Object> issuer() {
    return badges.issuerDocument();
  }

  @GET
  @Path("issuer/jwks")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The issuer's public keys, a JWK Set (public)")
  public Response jwks() {
    return Response.ok(badges.publicKeys()).header("Cache-Control", "max-age=300").build();
  }

  @GET
  @Path("status/1")
  @Produces("application/vc+jwt")
  @Operation(
      summary = "The revocation status list, a signed BitstringStatusListCredential (public)")
  public Response statusList() {
    return Response.ok(badges.statusList(), "application/vc+jwt")
        .header("Cache-Control", "max-age=60")
        .build();
  }
}
