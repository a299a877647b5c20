package kz.kenes.crowdsourcing.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import kz.kenes.crowdsourcing.api.RevisionCallers;
import kz.kenes.crowdsourcing.application.RevisionLedger;
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.QueryInts;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The administrator's revision pages of a program ({@code /app/admin/programs/{id}/revisions}): the
 * history (all records, or a module's with {@code ?module=}) with the chain check, one record,
 * applying a draft after a confirmation, and the diff between two versions of a module.
 * Administrators of the program's university only; the apply form posts the session and CSRF
 * tokens.
 */
@Path("/app/admin/programs/{id}/revisions")
@Produces(MediaType.TEXT_HTML)
public class RevisionPagesResource {

  @Inject PageSessions pages;
  @Inject RevisionPages render;
  @Inject RevisionLedger ledger;
  @Context HttpHeaders headers;

  @GET
  @Operation(hidden = true)
  public Response history(
      @PathParam("id") long id,
      @QueryParam("module") String module,
      @QueryParam("start") String start,
      @BeanParam PageParams params) {
    PageRequest request = pages.open(params).requireAdmin();
    return HtmlPages.ok(render.history(request, id, module, QueryInts.pageOffset(start)));
  }

  @GET
  @Path("diff")
  @Operation(hidden = true)
  public Response diff(
      @PathParam("id") long id,
      @QueryParam("module") String module,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @BeanParam PageParams params) {
    PageRequest request = pages.open(params).requireAdmin();
    return HtmlPages.ok(
        render.diff(
            request,
            id,
            module == null ? "" : module,
            QueryInts.parse("from", from, 0, 1_000_000),
            QueryInts.parse("to", to, 1, 1_000_000)));
  }

  @GET
  @Path("{rid}")
  @Operation(hidden = true)
  public Response record(
      @PathParam("id") long id, @PathParam("rid") long rid, @BeanParam PageParams params) {
    PageRequest request = pages.open(params).requireAdmin();
    return HtmlPages.ok(render.record(request, id, rid, params.done()));
  }

  @GET
  @Path("{rid}/apply")
  @Operation(hidden = true)
  public Response confirmApply(
      @PathParam("id") long id, @PathParam("rid") long rid, @BeanParam PageParams params) {
    PageRequest request = pages.open(params).requireAdmin();
    return HtmlPages.ok(render.confirmApply(request, id, rid));
  }

  @POST
  @Path("{rid}/apply")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response apply(
      @PathParam("id") long id, @PathParam("rid") long rid, MultivaluedMap<String, String> form) {
    PageRequest request = pages.submit(headers, form).requireAdmin();
    if (ledger.find(request.session().scope(), rid).programId() != id) {
      throw new NotFound("Program " + id + " has no revision " + rid + ".");
    }
    ledger.apply(request.session().scope(), rid, RevisionCallers.name(request.session()));
    return request.redirect(RevisionPages.historyPath(id) + "/" + rid, "revision-applied");
  }
}
