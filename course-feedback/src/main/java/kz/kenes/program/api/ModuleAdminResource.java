package kz.kenes.program.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import kz.kenes.identity.api.Authenticator;
import kz.kenes.identity.domain.UniversityScope;
import kz.kenes.program.application.ModuleCatalog;
import kz.kenes.program.application.ModuleCommand;
import kz.kenes.program.application.ProgramCatalog;
import kz.kenes.program.domain.ProgramModule;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admin REST API for the versioned modules of a program (docs/programs.md). */
@Path("/api/admin/programs/{id}/modules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Programs")
public class ModuleAdminResource {

  private static final ModuleCommand EMPTY =
      new ModuleCommand(null, null, null, null, null, null, null);

  @Inject Authenticator auth;
  @Inject ModuleCatalog modules;
  @Inject ProgramCatalog programs;
  @Context HttpHeaders headers;
  @Context UriInfo uriInfo;

  @POST
  @Operation(summary = "Add a module at the end of the program, as its version 1")
  public Response add(@PathParam("id") long id, ModuleCommand command) {
    UniversityScope scope = auth.requireAdmin(headers, null).scope();
    ProgramModule module = modules.add(scope, id, command == null ? EMPTY : command);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(module.code()).build())
        .entity(ModuleView.current(module))
        .build();
  }

  @GET
  @Operation(summary = "The program's modules in order, each as its current version")
  public List<ModuleView> list(@PathParam("id") long id) {
    UniversityScope scope = auth.requireAdmin(headers, null).scope();
    return programs.find(scope, id).modules().stream().map(ModuleView::current).toList();
  }

  @GET
  @Path("{code}")
  public ModuleView get(@PathParam("id") long id, @PathParam("code") String code) {
    UniversityScope scope = auth.requireAdmin(headers, null).scope();
    return ModuleView.current(modules.find(scope, id, code));
  }

  @PUT
  @Path("{code}")
  @Operation(summary = "Revise a module: a change makes a new version, old versions stay")
  public ModuleView revise(
      @PathParam("id") long id, @PathParam("code") String code, ModuleCommand command) {
    UniversityScope scope = auth.requireAdmin(headers, null).scope();
    return ModuleView.current(modules.revise(scope, id, code, command == null ? EMPTY : command));
  }

  @GET
  @Path("{code}/versions/{n}")
  public ModuleView version(
      @PathParam("id") long id, @PathParam("code") String code, @PathParam("n") int number) {
    UniversityScope scope = auth.requireAdmin(headers, null).scope();
    ProgramModule module = modules.find(scope, id, code);
    return ModuleView.of(module, modules.version(scope, id, code, number));
  }
}
