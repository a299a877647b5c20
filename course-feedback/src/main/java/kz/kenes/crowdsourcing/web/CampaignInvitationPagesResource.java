package kz.kenes.crowdsourcing.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import kz.kenes.crowdsourcing.application.CampaignCaller;
import kz.kenes.crowdsourcing.application.CampaignInvitationLinks;
import kz.kenes.crowdsourcing.domain.Groups;
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The organisers' page of a campaign's invitation links ({@code /app/campaigns/{id}/invitations}):
 * the links with their state and uses, a form that makes one (its address shown once, on the page
 * that answers the form) and a button that withdraws one. Forms carry the session and CSRF tokens.
 */
@Path(CampaignPageResource.PATH + "/{id}/invitations")
@Produces(MediaType.TEXT_HTML)
public class CampaignInvitationPagesResource {

  private static final int PAGE_SIZE = 50;

  @Inject PageSessions pages;
  @Inject CampaignInvitationLinks links;
  @Inject Views views;
  @Inject kz.kenes.platform.i18n.Messages messages;
  @Context HttpHeaders headers;

  @GET
  @Operation(hidden = true)
  public Response list(@PathParam("id") long campaignId, @BeanParam PageParams params) {
    PageRequest request = pages.open(params);
    return HtmlPages.ok(render(request, campaignId, null, params.done()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response create(@PathParam("id") long campaignId, MultivaluedMap<String, String> form) {
    PageRequest request = pages.submit(headers, form);
    CampaignInvitationLinks.Created made =
        links.create(
            CampaignCaller.of(request.session()),
            campaignId,
            new CampaignInvitationLinks.NewLink(
                form.getFirst("role"),
                form.getFirst("group"),
                uses(form.getFirst("maxUses")),
                blankToNull(form.getFirst("expiresAt")),
                form.getFirst("label")));
    return HtmlPages.ok(render(request, campaignId, made.url(), null));
  }

  @POST
  @Path("{linkId}/withdraw")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response withdraw(
      @PathParam("id") long campaignId,
      @PathParam("linkId") long linkId,
      MultivaluedMap<String, String> form) {
    PageRequest request = pages.submit(headers, form);
    links.revoke(CampaignCaller.of(request.session()), campaignId, linkId);
    return request.redirect(path(campaignId), "invitation-withdrawn");
  }

  static String path(long campaignId) {
    return CampaignPageResource.path(campaignId) + "/invitations";
  }

  private String render(PageRequest request, long campaignId, String madeUrl, String done) {
    CampaignInvitationLinks.Page list =
        links.list(CampaignCaller.of(request.session()), campaignId, 0, PAGE_SIZE);
    PageModel page = request.page("campaign.invitations.title", path(campaignId), Map.of());
    page.with("pageTitle", null)
        .with("links", list.links())
        .with("total", list.total())
        .with("now", links.now())
        .with("madeUrl", madeUrl)
        .with("withdrawn", "invitation-withdrawn".equals(done))
        .with("groups", groups(list.groups(), request.locale()))
        .with("formAction", path(campaignId))
        .with(
            "campaignUrl",
            page.link(
                CampaignPageResource.path(campaignId),
                Map.of("lang", request.locale().getLanguage())));
    return views.render("crowdsourcing/invitations", request.locale(), page.asMap());
  }

  /**
   * The groups a link may be for, by code and name: the campaign's (a participant's must be one of
   * them), then staff (an expert may be one).
   */
  private List<CampaignMembersPage.GroupOption> groups(
      List<String> campaignGroups, java.util.Locale locale) {
    java.util.LinkedHashSet<String> codes = new java.util.LinkedHashSet<>(campaignGroups);
    codes.add(Groups.STAFF);
    return codes.stream()
        .map(
            code ->
                new CampaignMembersPage.GroupOption(
                    code, PeopleNames.groupLabel(messages, locale, code)))
        .toList();
  }

  private static Integer uses(String given) {
    if (given == null || given.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(given.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
