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
import java.util.LinkedHashMap;
import java.util.Map;
import kz.kenes.crowdsourcing.application.CampaignCaller;
import kz.kenes.crowdsourcing.application.IdeaProposals;
import kz.kenes.crowdsourcing.domain.ProposalOrigins;
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The organisers' page of the ideas of a campaign's program ({@code /app/campaign-desk/{id}/ideas},
 * others 403): the open answers of module feedback and of survey rounds that their staff marked as
 * ideas, newest first, each saying where it came from; one not yet a proposal of the campaign has a
 * form (kind, title) that turns it into one during collection, one already turned links to its
 * proposal. Forms carry the session and CSRF tokens.
 */
@Path(CampaignDeskResource.PATH + "/{id}/ideas")
@Produces(MediaType.TEXT_HTML)
public class CampaignIdeasPageResource {

  @Inject PageSessions pages;
  @Inject IdeaProposals ideas;
  @Inject Views views;
  @Context HttpHeaders headers;

  static String path(long campaignId) {
    return CampaignDeskResource.path(campaignId) + "/ideas";
  }

  @GET
  @Operation(hidden = true)
  public Response page(@PathParam("id") long campaignId, @BeanParam PageParams params) {
    PageRequest request = pages.open(params);
    var listed = ideas.list(CampaignCaller.of(request.session()), campaignId);
    PageModel page = request.page("campaignIdeas.title", path(campaignId), Map.of());
    page.with("pageTitle", null)
        .with(
            "ideas",
            listed.stream()
                .map(
                    l -> {
                      Map<String, Object> row = new LinkedHashMap<>();
                      row.put("source", l.idea().source());
                      row.put("answerId", l.idea().answerId());
                      row.put("itemId", l.idea().itemId());
                      row.put("text", l.idea().text());
                      row.put("group", l.idea().groupCode());
                      row.put("surveyTitle", l.idea().surveyTitle());
                      row.put(
                          "proposalUrl",
                          l.proposalId() == null
                              ? null
                              : page.link(ProposalPageResource.path(l.proposalId()), Map.of()));
                      return row;
                    })
                .toList())
        .with("done", params.done())
        .with("formAction", path(campaignId))
        .with("deskUrl", page.link(CampaignDeskResource.path(campaignId), Map.of()));
    return HtmlPages.ok(views.render("crowdsourcing/ideas", request.locale(), page.asMap()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response turn(@PathParam("id") long campaignId, MultivaluedMap<String, String> form) {
    PageRequest request = pages.submit(headers, form);
    String source = form.getFirst("source");
    Long answerId = FormFields.id(form, "answerId");
    boolean survey = ProposalOrigins.SURVEY_ANSWER.equals(source);
    IdeaProposals.Turned turned =
        ideas.fromIdea(
            CampaignCaller.of(request.session()),
            campaignId,
            new IdeaProposals.FromIdea(
                source,
                survey ? null : answerId,
                survey ? answerId : null,
                FormFields.id(form, "itemId"),
                blankToNull(form.getFirst("kind")),
                blankToNull(form.getFirst("title"))));
    return request.redirect(ProposalPageResource.path(turned.proposal().id()), "idea-proposed");
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
