package kz.kenes.crowdsourcing.api;

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
import kz.kenes.crowdsourcing.application.RevisionCommand;
import kz.kenes.crowdsourcing.application.RevisionDiffs;
import kz.kenes.crowdsourcing.application.RevisionLedger;
import kz.kenes.crowdsourcing.domain.RevisionChain;
import kz.kenes.crowdsourcing.domain.RevisionRecord;
import kz.kenes.identity.api.Authenticator;
import kz.kenes.identity.domain.UniversityScope;
import kz.kenes.platform.web.Page;
import kz.kenes.platform.web.QueryInts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A program's revision history: opening a revision, the records newest first, the check of the
 * chain, and per module its records and the diff between two of its versions (docs/revisions.md).
 */
@Path("/api/admin/programs/{programId}/revisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Revisions")
public class ProgramRevisionResource {

  @Inject Authenticator auth;
  @Inject RevisionLedger ledger;
  @Inject RevisionDiffs diffs;
  @Context HttpHeaders headers;
  @Context UriInfo uriInfo;

  @POST
  @Operation(summary = "Open a revision of the program (a draft)")
  public Response open(@PathParam("programId") long programId, RevisionCommand command) {
    Authenticator.AdminCaller caller = auth.requireAdmin(headers, null);
    RevisionCommand given = command == null ? new RevisionCommand(null, null, null) : command;
    RevisionRecord draft =
        ledger.open(caller.scope(), programId, given, RevisionCallers.name(caller));
    return Response.created(
            uriInfo.getBaseUriBuilder().path("api/admin/revisions/" + draft.id()).build())
        .entity(RevisionView.of(draft))
        .build();
  }

  @GET
  @Operation(summary = "The program's revision records, newest first")
  public Page<RevisionView> history(
      @PathParam("programId") long programId,
      @QueryParam("offset") @DefaultValue("0") String offsetParam,
      @QueryParam("limit") @DefaultValue("50") String limitParam) {
    UniversityScope scope = auth.requireAdmin(headers, null).scope();
    int offset = QueryInts.parse("offset", offsetParam, 0, Integer.MAX_VALUE);
    int limit = QueryInts.parse("limit", limitParam, 1, 200);
    RevisionLedger.Page page = ledger.history(scope, programId, offset, limit);
    return new Page<>(
        page.items().stream().map(RevisionView::of).toList(), page.total(), offset, limit);
  }

  @GET
  @Path("chain")
  @Operation(summary = "Whether the chain of sealed records is intact, and where it breaks")
  public RevisionChain.Verdict chain(@PathParam("programId") long programId) {
    return ledger.check(auth.requireAdmin(headers, null).scope(), programId);
  }

  @GET
  @Path("modules/{code}")
  @Operation(summary = "The revision records that change the module, newest first")
  public List<RevisionView> moduleHistory(
      @PathParam("programId") long programId, @PathParam("code") String code) {
    UniversityScope scope = auth.requireAdmin(headers, null).scope();
    return ledger.moduleHistory(scope, programId, code).stream().map(RevisionView::of).toList();
  }

  @GET
  @Path("modules/{code}/diff")
  @Operation(summary = "A diff between two versions of the module (from 0: before it existed)")
  public RevisionDiffs.Diff diff(
      @PathParam("programId") long programId,
      @PathParam("code") String code,
      @QueryParam("from") String fromParam,
      @QueryParam("to") String toParam) {
    UniversityScope scope = auth.requireAdmin(headers, null).scope();
    int from = QueryInts.parse("from", fromParam, 0, 1_000_000);
    int to = QueryInts.parse("to", toParam, 1, 1_000_000);
    return diffs.between(scope, programId, code, from, to);
  }
}
