package kz.kenes.survey.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import kz.kenes.platform.web.Page;
import kz.kenes.platform.web.QueryInts;
import kz.kenes.survey.application.InstrumentLibrary;
import kz.kenes.survey.application.InstrumentService;
import kz.kenes.survey.application.Listing;
import kz.kenes.survey.domain.Instrument;
import kz.kenes.survey.domain.InstrumentDefinition;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admin REST API for survey instruments and the starter library (docs/surveys.md). */
@Path("/api/admin/instruments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Survey instruments")
public class InstrumentAdminResource {

  @Inject Authenticator auth;
  @Inject InstrumentService instruments;
  @Inject InstrumentLibrary library;
  @Context HttpHeaders headers;
  @Context UriInfo uriInfo;

  @POST
  @Operation(summary = "Create an instrument (version 1)")
  public Response create(InstrumentDefinition definition) {
    auth.requireAdmin(headers, null);
    return created(instruments.create(definition));
  }

  @GET
  @Operation(summary = "List instruments by code")
  public Page<InstrumentView.Summary> list(
      @QueryParam("offset") @DefaultValue("0") String offsetParam,
      @QueryParam("limit") @DefaultValue("50") String limitParam) {
    auth.requireAdmin(headers, null);
    int offset = QueryInts.parse("offset", offsetParam, 0, Integer.MAX_VALUE);
    int limit = QueryInts.parse("limit", limitParam, 1, 200);
    Listing<Instrument> page = instruments.page(offset, limit);
    return new Page<>(
        page.items().stream().map(InstrumentView.Summary::of).toList(),
        page.total(),
        offset,
        limit);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "An instrument with its current version")
  public InstrumentView get(@PathParam("id") long id) {
    auth.requireAdmin(headers, null);
    return InstrumentView.of(instruments.find(id));
  }

  @GET
  @Path("{id}/versions/{number}")
  @Operation(summary = "An instrument with one of its versions, old ones included")
  public InstrumentView version(@PathParam("id") long id, @PathParam("number") int number) {
    auth.requireAdmin(headers, null);
    return InstrumentView.of(instruments.find(id), instruments.version(id, number));
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary = "Edit an instrument",
      description =
          "A new version when a round already holds responses on the current version; otherwise"
              + " the current version is rewritten. The code cannot change.")
  public InstrumentView edit(@PathParam("id") long id, InstrumentDefinition definition) {
    auth.requireAdmin(headers, null);
    return InstrumentView.of(instruments.edit(id, definition));
  }

  @GET
  @Path("library")
  @Operation(summary = "The starter instruments Kenes ships (kk, ru, en)")
  public List<InstrumentDefinition> library() {
    auth.requireAdmin(headers, null);
    return library.all();
  }

  @POST
  @Path("library/{code}")
  @Operation(summary = "Install a starter instrument as an instrument of this Kenes")
  public Response install(@PathParam("code") String code) {
    auth.requireAdmin(headers, null);
    return created(instruments.install(code));
  }

  private Response created(Instrument instrument) {
    return Response.created(
            uriInfo
                .getBaseUriBuilder()
                .path("api/admin/instruments")
                .path(String.valueOf(instrument.id()))
                .build())
        .entity(InstrumentView.of(instrument))
        .build();
  }
}
