package kz.kenes.crowdsourcing.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import kz.kenes.crowdsourcing.application.Campaigns;
import kz.kenes.crowdsourcing.domain.Campaign;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The public page of a campaign ({@code /campaigns/{id}}), open to anyone once the campaign left
 * preparation: its task, key questions, participating groups, stages with their dates, governance
 * and vote rules. No proposal and no person is shown here.
 */
@Path(PublicCampaignResource.PATH)
@Produces(MediaType.TEXT_HTML)
public class PublicCampaignResource {

  public static final String PATH = "/campaigns";

  @Inject Campaigns campaigns;
  @Inject PageSessions pages;
  @Inject Views views;
  @Context HttpHeaders headers;

  public static String path(long campaignId) {
    return PATH + "/" + campaignId;
  }

  @GET
  @Path("{id}")
  @Operation(hidden = true)
  public Response page(@PathParam("id") long id, @QueryParam("lang") String lang) {
    Locale locale = pages.anonymousLocale(headers, lang);
    Campaign campaign = campaigns.publicView(id);
    PageModel page = PageModel.of(locale, "campaign.title");
    CampaignPages.describe(page, campaign, locale);
    page.with("pageTitle", campaign.title());
    return HtmlPages.ok(views.render("crowdsourcing/public", locale, page.asMap()));
  }
}
