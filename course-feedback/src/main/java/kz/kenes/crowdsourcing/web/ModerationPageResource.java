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
import java.util.Map;
import kz.kenes.crowdsourcing.application.CampaignCaller;
import kz.kenes.crowdsourcing.application.Proposals;
import kz.kenes.crowdsourcing.domain.Campaign;
import kz.kenes.crowdsourcing.domain.CampaignAction;
import kz.kenes.crowdsourcing.domain.Proposal;
import kz.kenes.crowdsourcing.domain.StageRules;
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A moderator's edit of a proposal ({@code /app/proposals/{id}/moderation?kt=…}; the campaign's
 * organisers and facilitators, in the stages where they moderate; 403 for anyone else): the title,
 * text and rationale as they are now, to change, and the reason, which is required. Saving adds a
 * version of kind {@code moderation} that takes effect at once and is audited ({@link
 * Proposals#addVersion}); the proposal's page lists it in the edit history with its reason, and the
 * versions before it stay. A refused edit (an empty reason or text) shows the form again with the
 * message and the input kept.
 */
@Path(ModerationPageResource.PATH)
@Produces(MediaType.TEXT_HTML)
public class ModerationPageResource {

  public static final String PATH = "/app/proposals/{id}/moderation";

  @Inject PageSessions pages;
  @Inject Proposals proposals;
  @Inject RefusedForms forms;
  @Inject Views views;
  @Context HttpHeaders headers;

  public static String path(long proposalId) {
    return ProposalPageResource.path(proposalId) + "/moderation";
  }

  @GET
  @Operation(hidden = true)
  public Response page(@PathParam("id") long id, @BeanParam PageParams params) {
    PageRequest request = pages.open(params);
    return HtmlPages.ok(render(request, id, Refusal.NONE));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response edit(@PathParam("id") long id, MultivaluedMap<String, String> form) {
    PageRequest request = pages.submit(headers, form);
    return forms.submit(
        request,
        ProposalPageResource.path(id),
        "moderate",
        form,
        refusal -> render(request, id, refusal),
        () -> {
          proposals.addVersion(
              CampaignCaller.of(request.session()),
              id,
              "moderation",
              FormFields.text(form, "title"),
              FormFields.text(form, "text"),
              FormFields.text(form, "rationale"),
              FormFields.text(form, "reason"));
          return "moderated";
        });
  }

  private String render(PageRequest request, long id, Refusal refusal) {
    Proposals.Detail d = proposals.detail(CampaignCaller.of(request.session()), id);
    Proposal p = d.proposal();
    Campaign c = d.entry().campaign();
    StageRules.require(c.stage(), d.entry().role(), CampaignAction.MODERATE);
    if (p.hidden()) {
      throw new NotFound("Proposal " + id + " is hidden: a hidden proposal is not edited.");
    }
    String lang = request.locale().getLanguage();
    PageModel page = request.page("crowdp.moderate.title", path(id), Map.of());
    page.with("pageTitle", p.title())
        .with("proposal", p)
        .with("campaignTitle", c.title())
        .with("refusal", refusal)
        .with("action", path(id))
        .with("proposalUrl", page.link(ProposalPageResource.path(id), Map.of("lang", lang)));
    return views.render("crowdsourcing/moderate", request.locale(), page.asMap());
  }
}
