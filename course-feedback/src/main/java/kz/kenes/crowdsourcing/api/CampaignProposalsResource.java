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
import kz.kenes.crowdsourcing.application.CampaignCaller;
import kz.kenes.crowdsourcing.application.Proposals;
import kz.kenes.crowdsourcing.domain.Proposal;
import kz.kenes.identity.api.Authenticator;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.web.Page;
import kz.kenes.platform.web.QueryInts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The proposals of a campaign: submitting and listing. */
@Path("/api/campaigns/{id}/proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Crowdsourcing")
public class CampaignProposalsResource {

  @Inject Authenticator auth;
  @Inject Proposals proposals;
  @Context HttpHeaders headers;

  private CampaignCaller caller() {
    return new CampaignCaller(auth.requireAdminTokenOrSession(headers, null));
  }

  @POST
  @Operation(
      summary = "Submit a proposal (during collection)",
      description =
          "Body: {\"kind\": \"new_competency|new_course|content_change|removal\", \"moduleIds\":"
              + " [..], \"title\", \"text\", \"rationale\"}.")
  public Response submit(@PathParam("id") long campaignId, Proposals.Submission submission) {
    if (submission == null) {
      throw new InvalidInput("body", "Send the proposal as a JSON object.");
    }
    Proposal proposal = proposals.submit(caller(), campaignId, submission);
    return Response.status(201).entity(ProposalView.of(proposal)).build();
  }

  @GET
  @Operation(summary = "The campaign's proposals, oldest first (hidden ones for moderators only)")
  public Page<ProposalView> list(
      @PathParam("id") long campaignId,
      @QueryParam("offset") @DefaultValue("0") String offsetParam,
      @QueryParam("limit") @DefaultValue("50") String limitParam) {
    int offset = QueryInts.parse("offset", offsetParam, 0, Integer.MAX_VALUE);
    int limit = QueryInts.parse("limit", limitParam, 1, Proposals.MAX_PAGE);
    Proposals.Listing listing = proposals.list(caller(), campaignId, offset, limit);
    return new Page<>(
        listing.items().stream().map(ProposalView::of).toList(), listing.total(), offset, limit);
  }
}
