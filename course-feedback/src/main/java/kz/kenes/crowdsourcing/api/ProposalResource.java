package kz.kenes.crowdsourcing.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.kenes.crowdsourcing.application.CampaignCaller;
import kz.kenes.crowdsourcing.application.Proposals;
import kz.kenes.crowdsourcing.domain.ProposalComment;
import kz.kenes.crowdsourcing.domain.ProposalVersion;
import kz.kenes.identity.api.Authenticator;
import kz.kenes.platform.domain.InvalidInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One proposal: reading it with versions and comments, adding and settling versions, commenting,
 * reporting and hiding.
 */
@Path("/api/proposals/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Crowdsourcing")
public class ProposalResource {

  @Inject Authenticator auth;
  @Inject Proposals proposals;
  @Context HttpHeaders headers;

  /** A new version: kind {@code amendment}, {@code rework} or {@code moderation}. */
  public record VersionCommand(
      String kind, String title, String text, String rationale, String note) {}

  /** A comment, possibly in answer to another. */
  public record CommentCommand(Long parentId, String text) {}

  /** A report of abuse of the proposal or of one of its comments. */
  public record ReportCommand(Long commentId, String reason) {}

  /** A reason (hiding). */
  public record ReasonCommand(String reason) {}

  /** What a new version answers. */
  public record VersionCreated(int number, String kind, String state) {
    static VersionCreated of(ProposalVersion v) {
      return new VersionCreated(
          v.number(), v.kind().code(), v.state().name().toLowerCase(java.util.Locale.ROOT));
    }
  }

  private CampaignCaller caller() {
    return new CampaignCaller(auth.requireAdminTokenOrSession(headers, null));
  }

  @GET
  @Operation(summary = "A proposal with its versions and diffs, comments, reviews and support")
  public ProposalDetailView get(@PathParam("id") long id) {
    return ProposalDetailView.of(proposals.detail(caller(), id));
  }

  @POST
  @Path("versions")
  @Operation(
      summary = "Add a version",
      description =
          "The author's version takes effect at once; another member sends an 'amendment' (it"
              + " only adds to the text) or a 'rework', which waits for the author; a moderator"
              + " sends 'moderation' with a note.")
  public Response addVersion(@PathParam("id") long id, VersionCommand command) {
    if (command == null) {
      throw new InvalidInput("body", "Send the version as a JSON object.");
    }
    ProposalVersion version =
        proposals.addVersion(
            caller(),
            id,
            command.kind(),
            command.title(),
            command.text(),
            command.rationale(),
            command.note());
    return Response.status(201).entity(VersionCreated.of(version)).build();
  }

  @POST
  @Path("versions/{number}/accept")
  @Operation(summary = "The author accepts a pending version")
  public VersionCreated accept(@PathParam("id") long id, @PathParam("number") int number) {
    return VersionCreated.of(proposals.settleVersion(caller(), id, number, true));
  }

  @POST
  @Path("versions/{number}/reject")
  @Operation(summary = "The author rejects a pending version")
  public VersionCreated reject(@PathParam("id") long id, @PathParam("number") int number) {
    return VersionCreated.of(proposals.settleVersion(caller(), id, number, false));
  }

  @POST
  @Path("comments")
  @Operation(summary = "Comment on a proposal, or answer a comment with parentId")
  public Response comment(@PathParam("id") long id, CommentCommand command) {
    if (command == null) {
      throw new InvalidInput("body", "Send the comment as a JSON object.");
    }
    ProposalComment comment = proposals.comment(caller(), id, command.parentId(), command.text());
    return Response.status(201).entity(java.util.Map.of("id", comment.id())).build();
  }

  @POST
  @Path("reports")
  @Operation(summary = "Report the proposal, or one of its comments, as abusive")
  public Response report(@PathParam("id") long id, ReportCommand command) {
    if (command == null) {
      throw new InvalidInput("body", "Send the report as a JSON object.");
    }
    proposals.report(caller(), id, command.commentId(), command.reason());
    return Response.status(201).build();
  }

  @POST
  @Path("hide")
  @Operation(summary = "Hide the proposal with a reason (facilitators, organisers); never deleted")
  public ProposalView hide(@PathParam("id") long id, ReasonCommand command) {
    return ProposalView.of(proposals.hide(caller(), id, command == null ? null : command.reason()));
  }
}
