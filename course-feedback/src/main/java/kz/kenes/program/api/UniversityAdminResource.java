package kz.kenes.program.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import kz.kenes.platform.web.Page;
import kz.kenes.platform.web.QueryInts;
import kz.kenes.program.application.UniversityRegistry;
import kz.kenes.program.application.UniversityRegistry.UniversityCommand;
import kz.kenes.program.domain.University;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admin REST API for universities, the owners of programs. */
@Path("/api/admin/universities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Programs")
public class UniversityAdminResource {

  @Inject Authenticator auth;
  @Inject UniversityRegistry registry;
  @Context HttpHeaders headers;
  @Context UriInfo uriInfo;

  @POST
  @Operation(summary = "Register a university (its code must be new)")
  public Response register(UniversityCommand command) {
    UniversityScope scope = auth.requireAdmin(headers, null).scope();
    University stored = registry.register(scope, command);
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(stored.id())).build())
        .entity(UniversityView.of(stored))
        .build();
  }

  @GET
  @Operation(summary = "List universities, ordered by name")
  public Page<UniversityView> list(
      @QueryParam("offset") @DefaultValue("0") String offsetParam,
      @QueryParam("limit") @DefaultValue("50") String limitParam) {
    UniversityScope scope = auth.requireAdmin(headers, null).scope();
    int offset = QueryInts.parse("offset", offsetParam, 0, Integer.MAX_VALUE);
    int limit = QueryInts.parse("limit", limitParam, 1, 200);
    List<University> all = registry.findAll(scope);
    List<UniversityView> items =
        all.stream().skip(offset).limit(limit).map(UniversityView::of).toList();
    return new Page<>(items, all.size(), offset, limit);
  }

  @GET
  @Path("{id}")
  public UniversityView get(@PathParam("id") long id) {
    UniversityScope scope = auth.requireAdmin(headers, null).scope();
    return UniversityView.of(registry.find(scope, id));
  }
}
