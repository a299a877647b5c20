package kz.kenes.crowdsourcing.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.kenes.crowdsourcing.application.CampaignCaller;
import kz.kenes.crowdsourcing.application.Selection;
import kz.kenes.identity.api.Authenticator;
import kz.kenes.platform.domain.InvalidInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The selection of proposals: merge, rate, shortlist, review, vote and decide. */
@Path("/api/proposals/{id}/selection")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Crowdsourcing")
public class SelectionResource {

  @Inject Authenticator auth;
  @Inject Selection selection;
  @Context HttpHeaders headers;

  /** A merge of this proposal into another. */
  public record MergeCommand(Long into) {}

  /** A usefulness rating, 1 to 5. */
  public record RatingCommand(Integer usefulness) {}

  /** On or off the shortlist. */
  public record ShortlistCommand(Boolean shortlisted) {}

  /** An expert's review. */
  public record ReviewCommand(String strengths, String weaknesses, String decision) {}

  /** An organiser's decision. */
  public record DecisionCommand(String decision, String reason) {}

  private CampaignCaller caller() {
    return new CampaignCaller(auth.requireAdminTokenOrSession(headers, null));
  }

  @POST
  @Path("merge")
  @Operation(
      summary = "Merge this proposal into another (organisers, during selection)",
      description =
          "Body: {\"into\": <proposal id>}. The author becomes a co-author there, votes are"
              + " carried over; the merged proposal is kept and points at the other.")
  public ProposalView merge(@PathParam("id") long id, MergeCommand command) {
    if (command == null || command.into() == null) {
      throw new InvalidInput("into", "'into' names the proposal to merge into.");
    }
    return ProposalView.of(selection.merge(caller(), command.into(), id));
  }

  @PUT
  @Path("rating")
  @Operation(summary = "Rate the proposal's usefulness from 1 to 5 (organisers)")
  public Response rate(@PathParam("id") long id, RatingCommand command) {
    selection.rate(caller(), id, command == null ? null : command.usefulness());
    return Response.noContent().build();
  }

  @PUT
  @Path("shortlist")
  @Operation(summary = "Put the proposal on the shortlist or take it off (organisers)")
  public ProposalView shortlist(@PathParam("id") long id, ShortlistCommand command) {
    if (command == null || command.shortlisted() == null) {
      throw new InvalidInput("shortlisted", "'shortlisted' is true or false.");
    }
    return ProposalView.of(selection.shortlist(caller(), id, command.shortlisted()));
  }

  @PUT
  @Path("review")
  @Operation(summary = "An expert's review: strengths, weaknesses, approve or reject")
  public Response review(@PathParam("id") long id, ReviewCommand command) {
    if (command == null) {
      throw new InvalidInput("body", "Send the review as a JSON object.");
    }
    selection.review(caller(), id, command.strengths(), command.weaknesses(), command.decision());
    return Response.noContent().build();
  }

  @PUT
  @Path("vote")
  @Operation(
      summary = "Vote for the proposal (participants, during voting)",
      description = "201 for a new vote, 200 when the caller had already voted for it.")
  public Response vote(@PathParam("id") long id) {
    return Response.status(selection.vote(caller(), id) ? 201 : 200).build();
  }

  @DELETE
  @Path("vote")
  @Operation(summary = "Withdraw the caller's vote (during voting)")
  public Response withdraw(@PathParam("id") long id) {
    selection.withdrawVote(caller(), id);
    return Response.noContent().build();
  }

  @POST
  @Path("decision")
  @Operation(
      summary = "Accept or reject a shortlisted proposal with a reason (organisers, integration)",
      description = "Body: {\"decision\": \"accept|reject\", \"reason\": \"…\"}.")
  public ProposalView decide(@PathParam("id") long id, DecisionCommand command) {
    if (command == null
        || !("accept".equals(command.decision()) || "reject".equals(command.decision()))) {
      throw new InvalidInput("decision", "'decision' is 'accept' or 'reject'.");
    }
    return ProposalView.of(
        selection.decide(caller(), id, "accept".equals(command.decision()), command.reason()));
  }
}
