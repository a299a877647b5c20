package kz.kenes.crowdsourcing.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kz.kenes.crowdsourcing.application.CampaignCaller;
import kz.kenes.crowdsourcing.application.ProposalIntegration;
import kz.kenes.identity.api.Authenticator;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The program revision records a campaign's accepted proposals went into (docs/revisions.md, "From
 * a campaign"); the records themselves are read and applied under {@code /api/admin/revisions}.
 */
@Path("/api/campaigns/{id}/revisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Crowdsourcing")
public class CampaignRevisionResource {

  @Inject Authenticator auth;
  @Inject ProposalIntegration integration;
  @Context HttpHeaders headers;

  @GET
  @Operation(summary = "The campaign's revision records, newest first (organisers)")
  public List<RevisionView> list(@PathParam("id") long campaignId) {
    CampaignCaller caller = new CampaignCaller(auth.requireAdminTokenOrSession(headers, null));
    return integration.revisions(caller, campaignId).stream().map(RevisionView::of).toList();
  }
}
