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
import kz.kenes.crowdsourcing.application.CampaignFigures;
import kz.kenes.identity.api.Authenticator;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One campaign's effectiveness figures (organisers and facilitators). */
@Path("/api/campaigns/{id}/figures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Crowdsourcing")
public class CampaignFiguresResource {

  @Inject Authenticator auth;
  @Inject CampaignFigures figures;
  @Context HttpHeaders headers;

  @GET
  @Operation(
      summary = "Totalks, Outks, Rr = Outks/Totalks, resource intensity = Totalks/Outks, per group")
  public FiguresView.CampaignFiguresView get(@PathParam("id") long id) {
    return FiguresView.CampaignFiguresView.of(
        figures.of(new CampaignCaller(auth.requireAdminTokenOrSession(headers, null)), id));
  }
}
