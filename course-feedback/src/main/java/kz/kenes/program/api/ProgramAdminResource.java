package kz.kenes.program.api;

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
import kz.kenes.identity.domain.UniversityScope;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.web.Page;
import kz.kenes.platform.web.QueryInts;
import kz.kenes.program.application.ProgramCatalog;
import kz.kenes.program.application.ProgramCommand;
import kz.kenes.program.application.ProgramDocument;
import kz.kenes.program.application.ProgramTransfer;
import kz.kenes.program.domain.EducationalProgram;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admin REST API for educational programs (docs/programs.md). */
@Path("/api/admin/programs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Programs")
public class ProgramAdminResource {

  private static final ProgramCommand EMPTY =
      new ProgramCommand(null, null, null, null, null, null);

  @Inject Authenticator auth;
  @Inject ProgramCatalog catalog;
  @Inject ProgramTransfer transfer;
  @Context HttpHeaders headers;
  @Context UriInfo uriInfo;

  @POST
  @Operation(summary = "Open a program (its code must be new in the university)")
  public Response open(ProgramCommand command) {
    UniversityScope scope = auth.requireAdmin(headers, null).scope();
    EducationalProgram stored = catalog.open(scope, command == null ? EMPTY : command);
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(stored.id())).build())
        .entity(ProgramView.of(stored))
        .build();
  }

  @GET
  @Operation(summary = "List programs by university and code, optionally of one university/field")
  public Page<ProgramView> list(
      @QueryParam("university") String universityParam,
      @QueryParam("field") String field,
      @QueryParam("offset") @DefaultValue("0") String offsetParam,
      @QueryParam("limit") @DefaultValue("50") String limitParam) {
    UniversityScope scope = auth.requireAdmin(headers, null).scope();
    Long university =
        universityParam == null
            ? null
            : (long) QueryInts.parse("university", universityParam, 1, Integer.MAX_VALUE);
    String fieldFilter = field == null || field.isBlank() ? null : field.strip();
    int offset = QueryInts.parse("offset", offsetParam, 0, Integer.MAX_VALUE);
    int limit = QueryInts.parse("limit", limitParam, 1, 200);
    List<ProgramView> items =
        catalog.list(scope, university, fieldFilter, offset, limit).stream()
            .map(ProgramView::of)
            .toList();
    return new Page<>(items, catalog.count(scope, university, fieldFilter), offset, limit);
  }

  @GET
  @Path("{id}")
  public ProgramView get(@PathParam("id") long id) {
    UniversityScope scope = auth.requireAdmin(headers, null).scope();
    return ProgramView.of(catalog.find(scope, id));
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Describe a program anew: code, name, field, level, languages")
  public ProgramView describe(@PathParam("id") long id, ProgramCommand command) {
    UniversityScope scope = auth.requireAdmin(headers, null).scope();
    return ProgramView.of(catalog.describe(scope, id, command == null ? EMPTY : command));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Remove a program with its modules and the courses' links to them")
  public Response remove(@PathParam("id") long id) {
    UniversityScope scope = auth.requireAdmin(headers, null).scope();
    catalog.remove(scope, id);
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/export")
  @Operation(summary = "The program with its modules (current versions) as a JSON document")
  public ProgramDocument export(@PathParam("id") long id) {
    UniversityScope scope = auth.requireAdmin(headers, null).scope();
    return transfer.export(scope, id);
  }

  @POST
  @Path("import")
  @Operation(summary = "Import a program document; 409 if the code exists unless ?replace=true")
  public Response importProgram(
      ProgramDocument document, @QueryParam("replace") @DefaultValue("false") String replace) {
    UniversityScope scope = auth.requireAdmin(headers, null).scope();
    if (!"true".equals(replace) && !"false".equals(replace)) {
      throw new InvalidInput("replace", "'replace' must be true or false.");
    }
    ProgramTransfer.Imported imported =
        transfer.importProgram(scope, document, "true".equals(replace));
    ProgramView view = ProgramView.of(imported.program());
    if (!imported.created()) {
      return Response.ok(view).build();
    }
    return Response.created(
            uriInfo.getBaseUriBuilder().path("api/admin/programs/" + view.id()).build())
        .entity(view)
        .build();
  }
}
