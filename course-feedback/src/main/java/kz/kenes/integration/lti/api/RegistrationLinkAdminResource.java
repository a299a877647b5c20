package kz.kenes.integration.lti.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.kenes.identity.api.Authenticator;
import kz.kenes.integration.lti.application.DynamicRegistrationService;
import kz.kenes.integration.lti.application.DynamicRegistrationService.CreatedLink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Admin REST API for one-time dynamic registration links (operator only): the URL a platform
 * administrator pastes as the tool URL of the platform's "register a tool" action
 * (docs/lti-setup-moodle.md).
 */
@Path("/api/admin/registration-links")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Platform registrations")
public class RegistrationLinkAdminResource {

  @Inject Authenticator auth;
  @Inject DynamicRegistrationService registration;
  @Context HttpHeaders headers;

  /** Body of the request: the university the platform will serve (null or absent: none). */
  public record LinkRequest(Long universityId) {}

  /** The link, with its secret: shown once, never stored in clear. */
  public record LinkView(String url, String expiresAt, String universityName) {}

  @POST
  @Operation(summary = "Create a one-time dynamic registration link (valid 24 hours)")
  public Response create(LinkRequest request) {
    auth.requireOperator(headers, null);
    CreatedLink link = registration.createLink(request == null ? null : request.universityId());
    return Response.status(Response.Status.CREATED)
        .entity(
            new LinkView(link.url().toString(), link.expiresAt().toString(), link.universityName()))
        .header("Cache-Control", "no-store")
        .build();
  }
}
