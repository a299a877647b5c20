package kz.kenes.crowdsourcing.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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
import java.util.List;
import java.util.Map;
import kz.kenes.crowdsourcing.application.CampaignCaller;
import kz.kenes.crowdsourcing.application.CampaignDesks;
import kz.kenes.crowdsourcing.application.Selection;
import kz.kenes.crowdsourcing.domain.Campaign;
import kz.kenes.crowdsourcing.domain.CampaignAction;
import kz.kenes.crowdsourcing.domain.StageRules;
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.QueryInts;
import kz.kenes.platform.web.Views;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A campaign's experts' page ({@code /app/campaign-reviews/{id}?kt=…}): the shortlisted proposals
 * with a review form each (strengths, weaknesses, approve or reject), filled with the expert's own
 * review when there is one; the form is open during selection. Experts of the campaign only (403
 * for anyone else); the form posts the session and CSRF tokens. A refused review (an empty field,
 * the stage closed) shows the page again with the message next to the form and the input kept.
 */
@Path(ExpertReviewResource.PATH)
@Produces(MediaType.TEXT_HTML)
public class ExpertReviewResource {

  public static final String PATH = "/app/campaign-reviews";

  static final int PAGE_SIZE = 20;

  @Inject PageSessions pages;
  @Inject CampaignDesks desks;
  @Inject Selection selection;
  @Inject Views views;
  @Inject RefusedForms forms;
  @Context HttpHeaders headers;

  /** A proposal to review with the expert's review so far. */
  public record Row(
      long id,
      String title,
      String text,
      String rationale,
      String kind,
      String url,
      String action,
      String strengths,
      String weaknesses,
      String decision) {}

  public static String path(long campaignId) {
    return PATH + "/" + campaignId;
  }

  @GET
  @Path("{id}")
  @Operation(hidden = true)
  public Response page(
      @PathParam("id") long id, @QueryParam("offset") String offset, @BeanParam PageParams params) {
    PageRequest request = pages.open(params);
    return HtmlPages.ok(
        render(request, id, QueryInts.pageOffset(offset), params.done(), Refusal.NONE));
  }

  private String render(PageRequest request, long id, int start, String done, Refusal refusal) {
    CampaignDesks.ReviewDesk desk =
        desks.reviews(CampaignCaller.of(request.session()), id, start, PAGE_SIZE);
    Campaign c = desk.entry().campaign();
    String path = path(id);
    PageModel page = request.page("reviews.title", path, Map.of());
    String lang = request.locale().getLanguage();
    List<Row> rows =
        desk.items().stream()
            .map(
                item ->
                    new Row(
                        item.proposal().id(),
                        item.proposal().title(),
                        item.proposal().content().body(),
                        item.proposal().content().rationale(),
                        item.proposal().kind().code(),
                        page.link(
                            ProposalPageResource.path(item.proposal().id()), Map.of("lang", lang)),
                        path + "/proposals/" + item.proposal().id() + "/review",
                        item.yours().map(r -> r.strengths()).orElse(""),
                        item.yours().map(r -> r.weaknesses()).orElse(""),
                        item.yours().map(r -> r.decision().code()).orElse(null)))
            .toList();
    page.with("pageTitle", c.title())
        .with("campaign", c)
        .with("stage", c.stage().code())
        .with("rows", rows)
        .with("canReview", StageRules.allows(c.stage(), desk.entry().role(), CampaignAction.REVIEW))
        .with("done", done)
        .with("refusal", refusal)
        .with("offset", start)
        .with("campaignUrl", page.link(CampaignPageResource.path(id), Map.of("lang", lang)))
        .withPager(
            start,
            rows.size(),
            PAGE_SIZE,
            desk.total(),
            s -> page.link(path, PageModel.offsetQuery(s)));
    return views.render("crowdsourcing/reviews", request.locale(), page.asMap());
  }

  @POST
  @Path("{id}/proposals/{pid}/review")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response review(
      @PathParam("id") long id, @PathParam("pid") long pid, MultivaluedMap<String, String> form) {
    PageRequest request = pages.submit(headers, form);
    desks.ofCampaign(id, pid);
    return forms.submit(
        request,
        path(id),
        "review-" + pid,
        form,
        refusal ->
            render(request, id, QueryInts.pageOffset(form.getFirst("offset")), null, refusal),
        () -> {
          selection.review(
              CampaignCaller.of(request.session()),
              pid,
              FormFields.text(form, "strengths"),
              FormFields.text(form, "weaknesses"),
              FormFields.text(form, "decision"));
          return "reviewed";
        });
  }
}
