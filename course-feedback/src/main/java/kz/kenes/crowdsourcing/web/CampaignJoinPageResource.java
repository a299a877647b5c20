package kz.kenes.crowdsourcing.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import kz.kenes.crowdsourcing.application.CampaignGuests;
import kz.kenes.crowdsourcing.application.CampaignInvitationLinks;
import kz.kenes.crowdsourcing.domain.Campaign;
import kz.kenes.crowdsourcing.domain.CampaignInvitation;
import kz.kenes.identity.api.SessionReferences;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.platform.config.KenesConfig;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.domain.NotAllowed;
import kz.kenes.platform.i18n.Messages;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import kz.kenes.survey.web.SameOrigin;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The page a campaign's invitation link opens ({@code /campaign-invitations/{token}}): which
 * campaign, as which role and group, the name to be shown by (optional) and a button to join. A
 * name refused (too long) shows the form again with the name kept. Joining (a POST, so that a link
 * preview takes no use) makes the person a guest member and opens their session, then leads to the
 * campaign's page. An unknown token is the 404 page; a used-up, expired or withdrawn link the 410
 * page saying which.
 */
@Path(CampaignInvitationLinks.PAGE_PATH + "{token}")
@Produces(MediaType.TEXT_HTML)
public class CampaignJoinPageResource {

  @Inject CampaignGuests guests;
  @Inject PageSessions pages;
  @Inject SessionReferences references;
  @Inject Views views;
  @Inject KenesConfig config;
  @Inject Messages messages;
  @Context HttpHeaders headers;

  @GET
  @Operation(hidden = true)
  public Response page(@PathParam("token") String token, @QueryParam("lang") String lang) {
    Locale locale = pages.anonymousLocale(headers, lang);
    return HtmlPages.ok(render(token, locale, "", "", null));
  }

  /** The page, with what the guest typed and the field refused ({@code name}, {@code email}). */
  private String render(
      String token, Locale locale, String name, String email, String refusedField) {
    CampaignInvitation link = guests.available(token);
    Campaign campaign = guests.campaignOf(link);
    PageModel page = PageModel.of(locale, "campaign.join.title");
    page.with("pageTitle", campaign.title())
        .with("campaignTitle", campaign.title())
        .with("task", campaign.task())
        .with("role", link.role().code())
        .with("group", link.groupCode())
        .with("groupLabel", PeopleNames.groupLabel(messages, locale, link.groupCode()))
        .with("name", name)
        .with("email", email)
        .with("nameRefused", "name".equals(refusedField))
        .with("emailRefused", "email".equals(refusedField))
        .with("nameLength", CampaignGuests.NAME_LENGTH)
        .with("joinAction", CampaignInvitationLinks.PAGE_PATH + token);
    return views.render("crowdsourcing/join", locale, page.asMap());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response join(
      @PathParam("token") String token,
      @QueryParam("lang") String lang,
      MultivaluedMap<String, String> form) {
    if (!SameOrigin.allows(
        config.publicUrl(),
        headers.getHeaderString("Origin"),
        headers.getHeaderString("Referer"))) {
      throw new NotAllowed(
          "This form was sent from another site: open the invitation link itself and join there.");
    }
    Locale locale = pages.anonymousLocale(headers, lang);
    String name = form == null ? null : form.getFirst("name");
    String email = form == null ? null : form.getFirst("email");
    CampaignGuests.Joined joined;
    try {
      joined = guests.join(token, locale.getLanguage(), name, email);
    } catch (InvalidInput refused) {
      String field = refused.fieldErrors().containsKey("email") ? "email" : "name";
      return HtmlPages.status(
          400, render(token, locale, name == null ? "" : name, email == null ? "" : email, field));
    }
    return references.enter(joined.session(), CampaignPageResource.path(joined.campaignId()));
  }
}
