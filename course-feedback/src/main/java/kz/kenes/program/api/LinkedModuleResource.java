package kz.kenes.program.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.program.application.LinkedModules;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The program module a resource link of a course points at, for the course's staff ({@link
 * CourseAccess}). The link must be a placement in the course (else 404), the module one the course
 * delivers (else 400 naming {@code moduleId}).
 */
@Path("/api/courses/{contextRef}/links/{resourceLinkRef}/module")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Courses")
public class LinkedModuleResource {

  @Inject CourseAccess access;
  @Inject LinkedModules linked;
  @Context HttpHeaders headers;

  /** Body of {@code PUT}: the id of the module ({@code moduleId} of {@code GET …/modules}). */
  public record LinkRequest(Long moduleId) {}

  @GET
  @Operation(summary = "The module the resource link points at (404 when it points at none)")
  public LinkedModuleView get(
      @PathParam("contextRef") long contextRef, @PathParam("resourceLinkRef") long linkRef) {
    access.requireStaffOf(headers, contextRef);
    return linked
        .moduleOf(contextRef, linkRef)
        .map(module -> LinkedModuleView.of(linkRef, module))
        .orElseThrow(() -> new NotFound("Resource link " + linkRef + " points at no module."));
  }

  @PUT
  @Operation(summary = "Point the resource link at a module the course delivers")
  public LinkedModuleView point(
      @PathParam("contextRef") long contextRef,
      @PathParam("resourceLinkRef") long linkRef,
      LinkRequest request) {
    access.requireStaffOf(headers, contextRef);
    Long moduleId = request == null ? null : request.moduleId();
    return LinkedModuleView.of(linkRef, linked.point(contextRef, linkRef, moduleId));
  }

  @DELETE
  @Operation(summary = "The resource link points at no module any more")
  public Response clear(
      @PathParam("contextRef") long contextRef, @PathParam("resourceLinkRef") long linkRef) {
    access.requireStaffOf(headers, contextRef);
    linked.clear(contextRef, linkRef);
    return Response.noContent().build();
  }
}
