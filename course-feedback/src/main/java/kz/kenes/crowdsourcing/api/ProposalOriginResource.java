package kz.kenes.crowdsourcing.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import kz.kenes.crowdsourcing.application.CampaignCaller;
import kz.kenes.crowdsourcing.application.IdeaProposals;
import kz.kenes.crowdsourcing.domain.ProposalOrigins;
import kz.kenes.identity.api.Authenticator;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where a proposal came from when it was turned from an idea of feedback. */
@Path("/api/proposals/{id}/origin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Crowdsourcing")
public class ProposalOriginResource {

  @Inject Authenticator auth;
  @Inject IdeaProposals ideas;
  @Context HttpHeaders headers;

  @GET
  @Operation(summary = "The open answer a proposal was turned from (404: from none)")
  public ProposalOrigins.Origin origin(@PathParam("id") long proposalId) {
    return ideas.originOf(
        new CampaignCaller(auth.requireAdminTokenOrSession(headers, null)), proposalId);
  }
}
