package kz.kenes.crowdsourcing.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.Instant;
import kz.kenes.crowdsourcing.application.CampaignCaller;
import kz.kenes.crowdsourcing.application.CampaignInvitationLinks;
import kz.kenes.identity.api.Authenticator;
import kz.kenes.platform.web.Page;
import kz.kenes.platform.web.QueryInts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A campaign's invitation links for experts and participants without an LMS account
 * (docs/crowdsourcing.md, "Invitation links"): made, listed and withdrawn by its organisers.
 */
@Path("/api/campaigns/{id}/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Crowdsourcing")
public class CampaignInvitationResource {

  @Inject Authenticator auth;
  @Inject CampaignInvitationLinks links;
  @Context HttpHeaders headers;

  private CampaignCaller caller() {
    return new CampaignCaller(auth.requireAdminTokenOrSession(headers, null));
  }

  @POST
  @Operation(
      summary = "Make an invitation link (organisers); its token and URL are shown only here",
      description =
          "Body: {\"role\": \"expert|participant\", \"group\", \"maxUses\" (default 1),"
              + " \"expiresAt\" (ISO-8601, default in 30 days), \"label\"}.")
  public Response create(@PathParam("id") long campaignId, CampaignInvitationLinks.NewLink link) {
    CampaignInvitationLinks.Created made = links.create(caller(), campaignId, link);
    return Response.status(201)
        .entity(CampaignInvitationView.made(made.link(), links.now(), made.token(), made.url()))
        .build();
  }

  @GET
  @Operation(summary = "The campaign's invitation links, newest first, with their state")
  public Page<CampaignInvitationView> list(
      @PathParam("id") long campaignId,
      @QueryParam("offset") @DefaultValue("0") String offsetParam,
      @QueryParam("limit") @DefaultValue("50") String limitParam) {
    int offset = QueryInts.parse("offset", offsetParam, 0, Integer.MAX_VALUE);
    int limit = QueryInts.parse("limit", limitParam, 1, 200);
    CampaignInvitationLinks.Page page = links.list(caller(), campaignId, offset, limit);
    Instant now = links.now();
    return new Page<>(
        page.links().stream().map(l -> CampaignInvitationView.of(l, now)).toList(),
        page.total(),
        offset,
        limit);
  }

  @DELETE
  @Path("{linkId}")
  @Operation(summary = "Withdraw a link: nobody joins through it, its guests act no more")
  public CampaignInvitationView revoke(
      @PathParam("id") long campaignId, @PathParam("linkId") long linkId) {
    return CampaignInvitationView.of(links.revoke(caller(), campaignId, linkId), links.now());
  }
}
