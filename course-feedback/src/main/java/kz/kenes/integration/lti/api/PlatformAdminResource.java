package kz.kenes.integration.lti.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import kz.kenes.identity.api.Authenticator;
import kz.kenes.integration.lti.application.RegistrationService;
import kz.kenes.integration.lti.persistence.PlatformRegistrationEntity;
import kz.kenes.platform.web.Page;
import kz.kenes.platform.web.QueryInts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admin REST API for platform registrations (docs/lti-setup-*.md show it in use). */
@Path("/api/admin/platforms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Platform registrations")
public class PlatformAdminResource {

  @Inject Authenticator auth;
  @Inject RegistrationService registrations;
  @Context HttpHeaders headers;
  @Context UriInfo uriInfo;

  /** Body of {@code POST …/deployments}. */
  public record DeploymentRequest(String deploymentId) {}

  @POST
  @Operation(summary = "Register a platform (issuer + client_id must be new)")
  public Response register(PlatformRegistrationRequest request) {
    auth.requireOperator(headers, null);
    PlatformRegistrationEntity stored = registrations.register(request);
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(stored.id())).build())
        .entity(PlatformRegistrationView.of(stored))
        .build();
  }

  @GET
  @Operation(summary = "List registrations, ordered by name")
  public Page<PlatformRegistrationView> list(
      @QueryParam("offset") @DefaultValue("0") String offsetParam,
      @QueryParam("limit") @DefaultValue("50") String limitParam) {
    auth.requireOperator(headers, null);
    int offset = QueryInts.parse("offset", offsetParam, 0, Integer.MAX_VALUE);
    int limit = QueryInts.parse("limit", limitParam, 1, 200);
    List<PlatformRegistrationView> items =
        registrations.list(offset, limit).stream().map(PlatformRegistrationView::of).toList();
    return new Page<>(items, registrations.count(), offset, limit);
  }

  @GET
  @Path("{id}")
  public PlatformRegistrationView get(@PathParam("id") long id) {
    auth.requireOperator(headers, null);
    return PlatformRegistrationView.of(registrations.find(id));
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Replace a registration (its deployment ids become exactly those given)")
  public PlatformRegistrationView update(
      @PathParam("id") long id, PlatformRegistrationRequest request) {
    auth.requireOperator(headers, null);
    return PlatformRegistrationView.of(registrations.update(id, request));
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") long id) {
    auth.requireOperator(headers, null);
    registrations.delete(id);
    return Response.noContent().build();
  }

  @DELETE
  @Path("{id}/deployments/{deploymentId}")
  @Operation(summary = "Remove a deployment id; launches through it are refused from then on")
  public PlatformRegistrationView removeDeployment(
      @PathParam("id") long id, @PathParam("deploymentId") String deploymentId) {
    auth.requireOperator(headers, null);
    return PlatformRegistrationView.of(registrations.removeDeployment(id, deploymentId));
  }

  @POST
  @Path("{id}/deployments")
  @Operation(summary = "Add a deployment id to a registration")
  public Response addDeployment(@PathParam("id") long id, DeploymentRequest request) {
    auth.requireOperator(headers, null);
    String deploymentId = request == null ? null : request.deploymentId();
    PlatformRegistrationEntity stored = registrations.addDeployment(id, deploymentId);
    return Response.status(Response.Status.CREATED)
        .entity(PlatformRegistrationView.of(stored))
        .build();
  }
}
