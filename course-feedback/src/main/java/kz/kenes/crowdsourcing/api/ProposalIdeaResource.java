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
import kz.kenes.crowdsourcing.application.IdeaProposals;
import kz.kenes.crowdsourcing.domain.ProposalOrigins;
import kz.kenes.identity.api.Authenticator;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Ideas of module feedback and surveys turned into a campaign's proposals by its organisers
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

  /** An idea of the campaign's program, and the proposal turned from it in this campaign. */
  public record IdeaView(
      String source,
      long answerId,
      long itemId,
      Long moduleId,
      String text,
      String group,
      String surveyTitle,
      java.time.Instant markedAt,
      Long proposalId) {}

  @GET
  @Operation(
      summary =
          "The ideas of the campaign's program: marked open answers of module feedback and"
              + " surveys (organisers)")
  public java.util.List<IdeaView> list(@PathParam("id") long campaignId) {
    return ideas
        .list(new CampaignCaller(auth.requireAdminTokenOrSession(headers, null)), campaignId)
        .stream()
        .map(
            l ->
                new IdeaView(
                    l.idea().source(),
                    l.idea().answerId(),
                    l.idea().itemId(),
                    l.idea().moduleId(),
                    l.idea().text(),
                    l.idea().groupCode(),
                    l.idea().surveyTitle(),
                    l.idea().markedAt(),
                    l.proposalId()))
        .toList();
  }

  @POST
  @Operation(
      summary = "Turn an open answer marked as an idea into a proposal (organisers, collection)",
      description =
          "Body: {\"source\" (module-answer, the default, or survey-answer), \"ratingId\" (module"
              + " feedback) or \"responseId\" (survey), \"itemId\", \"kind\" (default"
              + " new_competency), \"title\" (default: the answer's first line)}.")
  public Response turn(@PathParam("id") long campaignId, IdeaProposals.FromIdea command) {
    IdeaProposals.Turned turned =
        ideas.fromIdea(
            new CampaignCaller(auth.requireAdminTokenOrSession(headers, null)),
            campaignId,
            command);
    return Response.status(201)
        .entity(new Turned(ProposalView.of(turned.proposal()), turned.origin()))
        .build();
  }
}
