package kz.kenes.crowdsourcing.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import kz.kenes.crowdsourcing.application.ChangeCommand;
import kz.kenes.crowdsourcing.application.RevisionCommand;
import kz.kenes.crowdsourcing.application.RevisionLedger;
import kz.kenes.crowdsourcing.application.RevisionMonitors;
import kz.kenes.crowdsourcing.domain.RevisionMonitoring;
import kz.kenes.identity.api.Authenticator;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One revision record: its draft's description and changes, applying it (which seals it), and the
 * survey rounds that monitor it (docs/revisions.md). Administrators of the program's university and
 * the admin token only.
 */
@Path("/api/admin/revisions/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Revisions")
public class RevisionResource {

  private static final ChangeCommand NO_CHANGE =
      new ChangeCommand(null, null, null, null, null, null, null, null, null, null, null, null);

  @Inject Authenticator auth;
  @Inject RevisionLedger ledger;
  @Inject RevisionMonitors monitors;
  @Context HttpHeaders headers;

  /** A survey round to link: the survey, its round and whether it measures before or after. */
  public record RoundLink(Long surveyId, Long roundId, String phase) {}

  /** The revision's rounds and the survey reports that compare a round before with one after. */
  public record Monitoring(List<RevisionMonitoring> rounds, List<String> reports) {}

  @GET
  @Operation(summary = "A revision record, draft or sealed")
  public RevisionView get(@PathParam("id") long id) {
    return RevisionView.of(ledger.find(auth.requireAdmin(headers, null).scope(), id));
  }

  @PUT
  @Operation(summary = "Describe a draft anew (title, summary); a sealed record is 409")
  public RevisionView describe(@PathParam("id") long id, RevisionCommand command) {
    Authenticator.AdminCaller caller = auth.requireAdmin(headers, null);
    RevisionCommand given = command == null ? new RevisionCommand(null, null, null) : command;
    return RevisionView.of(ledger.describe(caller.scope(), id, given));
  }

  @DELETE
  @Operation(summary = "Discard a draft; a sealed record is never removed (409)")
  public Response discard(@PathParam("id") long id) {
    ledger.discard(auth.requireAdmin(headers, null).scope(), id);
    return Response.noContent().build();
  }

  @POST
  @Path("changes")
  @Operation(summary = "Add a change to a draft (one per module)")
  public RevisionView addChange(@PathParam("id") long id, ChangeCommand command) {
    Authenticator.AdminCaller caller = auth.requireAdmin(headers, null);
    return RevisionView.of(
        ledger.addChange(
            caller.scope(),
            id,
            command == null ? NO_CHANGE : command,
            RevisionCallers.name(caller)));
  }

  @DELETE
  @Path("changes/{number}")
  @Operation(summary = "Remove change number n (from 1) of a draft")
  public RevisionView removeChange(@PathParam("id") long id, @PathParam("number") int number) {
    return RevisionView.of(
        ledger.removeChange(auth.requireAdmin(headers, null).scope(), id, number));
  }

  @POST
  @Path("apply")
  @Operation(
      summary =
          "Apply the draft: write the module versions and seal the record, in one transaction")
  public RevisionView apply(@PathParam("id") long id) {
    Authenticator.AdminCaller caller = auth.requireAdmin(headers, null);
    return RevisionView.of(ledger.apply(caller.scope(), id, RevisionCallers.name(caller)));
  }

  @GET
  @Path("rounds")
  @Operation(summary = "The survey rounds before and after the revision, and the reports")
  public Monitoring rounds(@PathParam("id") long id) {
    Authenticator.AdminCaller caller = auth.requireAdmin(headers, null);
    List<RevisionMonitoring> links = monitors.links(caller.session(), id);
    return new Monitoring(links, RevisionMonitors.reportPaths(links));
  }

  @POST
  @Path("rounds")
  @Operation(summary = "Link a survey round before or after the revision")
  public Response link(@PathParam("id") long id, RoundLink link) {
    Authenticator.AdminCaller caller = auth.requireAdmin(headers, null);
    RoundLink given = link == null ? new RoundLink(null, null, null) : link;
    RevisionMonitoring made =
        monitors.link(
            caller.session(),
            id,
            given.surveyId(),
            given.roundId(),
            given.phase(),
            RevisionCallers.name(caller));
    return Response.status(Response.Status.CREATED).entity(made).build();
  }

  @DELETE
  @Path("rounds/{roundId}")
  @Operation(summary = "Unlink a survey round")
  public Response unlink(@PathParam("id") long id, @PathParam("roundId") long roundId) {
    monitors.unlink(auth.requireAdmin(headers, null).session(), id, roundId);
    return Response.noContent().build();
  }
}
