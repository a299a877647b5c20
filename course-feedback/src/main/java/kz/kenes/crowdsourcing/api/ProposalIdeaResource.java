package kz.kenes.crowdsourcing.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.kenes.crowdsourcing.application.CampaignCaller;
import kz.kenes.crowdsourcing.application.IdeaProposals;
import kz.kenes.crowdsourcing.domain.ProposalOrigins;
import kz.kenes.identity.api.Authenticator;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Ideas of module feedback turned into a campaign's proposals by its organisers
 * (docs/crowdsourcing.md, "Ideas from feedback").
 */
@Path("/api/campaigns/{id}/ideas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Crowdsourcing")
public class ProposalIdeaResource {

  @Inject Authenticator auth;
  @Inject IdeaProposals ideas;
  @Context HttpHeaders headers;

  /** A proposal turned from an idea, with where it came from. */
  public record Turned(ProposalView proposal, ProposalOrigins.Origin origin) {}

  @POST
  @Operation(
      summary = "Turn an open answer marked as an idea into a proposal (organisers, collection)",
      description =
          "Body: {\"ratingId\", \"itemId\" (the open answer of module feedback), \"kind\""
              + " (default new_competency), \"title\" (default: the answer's first line)}.")
  public Response turn(@PathParam("id") long campaignId, IdeaProposals.FromIdea command) {
    IdeaProposals.Turned turned =
        ideas.fromModuleIdea(
            new CampaignCaller(auth.requireAdminTokenOrSession(headers, null)),
            campaignId,
            command);
    return Response.status(201)
        .entity(new Turned(ProposalView.of(turned.proposal()), turned.origin()))
        .build();
  }
}
