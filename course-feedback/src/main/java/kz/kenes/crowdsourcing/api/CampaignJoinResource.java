package kz.kenes.crowdsourcing.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.kenes.crowdsourcing.application.CampaignGuests;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Joining a campaign through its invitation link, for API clients: the answer carries a bearer
 * session token of the guest (shown once). Browsers use the page {@code /campaign-invitations/…}.
 * An unknown token is 404 and says nothing more; a used-up, expired or withdrawn link is 410.
 */
@Path("/api/campaign-invitations/{token}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Crowdsourcing")
public class CampaignJoinResource {

  @Inject CampaignGuests guests;

  /** A guest who joined: their place in the campaign and their session's bearer token. */
  public record Joined(
      long campaignId, String role, String group, String memberKey, String sessionToken) {}

  @POST
  @Path("join")
  @Operation(summary = "Join the campaign of an invitation link as its role and group")
  public Response join(@PathParam("token") String token, @QueryParam("lang") String lang) {
    CampaignGuests.Joined joined = guests.join(token, locale(lang), null, null);
    return Response.status(201)
        .header("Cache-Control", "no-store")
        .entity(
            new Joined(
                joined.campaignId(),
                joined.member().role().code(),
                joined.member().groupCode(),
                joined.member().memberKey(),
                joined.session().token()))
        .build();
  }

  private static String locale(String lang) {
    return lang != null && lang.matches("kk|ru|en") ? lang : null;
  }
}
