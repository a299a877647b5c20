package kz.kenes.program.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kz.kenes.program.application.CoursePlanning;
import kz.kenes.program.application.CoursePlanning.ModuleRef;
import kz.kenes.program.application.PlanCommand;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A course's plan and the program modules it delivers, for the course's instructors and for
 * administrators ({@link CourseAccess}); {@code contextRef} is the course's Kenes id ({@code
 * context.id} of {@code GET /api/me}).
 */
@Path("/api/courses/{contextRef}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Courses")
public class CourseResource {

  private static final PlanCommand EMPTY =
      new PlanCommand(null, null, null, null, null, null, null, null, null, null);

  @Inject CourseAccess access;
  @Inject CoursePlanning planning;
  @Context HttpHeaders headers;

  /** Body of {@code PUT …/modules}: the modules the course delivers, all of them. */
  public record DeliveryRequest(List<ModuleRef> modules) {}

  @GET
  @Path("plan")
  public CoursePlanView plan(@PathParam("contextRef") long contextRef) {
    access.requireStaffOf(headers, contextRef);
    return CoursePlanView.of(planning.plan(contextRef));
  }

  @PUT
  @Path("plan")
  @Operation(summary = "Write the course plan whole")
  public CoursePlanView writePlan(@PathParam("contextRef") long contextRef, PlanCommand command) {
    access.requireStaffOf(headers, contextRef);
    return CoursePlanView.of(planning.writePlan(contextRef, command == null ? EMPTY : command));
  }

  @GET
  @Path("modules")
  public List<DeliveredModuleView> modules(@PathParam("contextRef") long contextRef) {
    access.requireStaffOf(headers, contextRef);
    return planning.deliveredModules(contextRef).stream().map(DeliveredModuleView::of).toList();
  }

  @PUT
  @Path("modules")
  @Operation(summary = "Set the program modules the course delivers (replaces the list)")
  public List<DeliveredModuleView> deliver(
      @PathParam("contextRef") long contextRef, DeliveryRequest request) {
    access.requireStaffOf(headers, contextRef);
    List<ModuleRef> refs = request == null ? List.of() : request.modules();
    return planning.deliverOnly(contextRef, refs).stream().map(DeliveredModuleView::of).toList();
  }
}
