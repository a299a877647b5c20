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
import java.util.function.Function;
import kz.kenes.crowdsourcing.application.CampaignCaller;
import kz.kenes.crowdsourcing.application.CampaignDesks;
import kz.kenes.crowdsourcing.application.Campaigns;
import kz.kenes.crowdsourcing.application.Proposals;
import kz.kenes.crowdsourcing.application.Selection;
import kz.kenes.crowdsourcing.domain.ProposalFilter;
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.QueryInts;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The desk of a campaign's organisers and facilitators ({@code /app/campaign-desk/{id}?kt=…}): the
 * proposals filtered by status, group and hidden, the proposals similar to one ({@code ?similar=}),
 * the reports of abuse and the latest audit entries; forms to merge, rate, shortlist, hide, decide
 * and move the stage, each shown only to a role in a stage that may use it. Every form posts the
 * session and CSRF tokens and redirects back with a confirmation; a refused one (an empty reason, a
 * decision against the governance rule, a move the stage does not allow) shows the desk again with
 * the message next to the form and the input kept ({@link RefusedForms}); a refusal of the person
 * (403) or of an unknown proposal (404) is the error page. The work is done by the services behind
 * the REST API.
 */
@Path(CampaignDeskResource.PATH)
@Produces(MediaType.TEXT_HTML)
public class CampaignDeskResource {

  public static final String PATH = "/app/campaign-desk";

  @Inject PageSessions pages;
  @Inject CampaignDeskPage render;
  @Inject CampaignDesks desks;
  @Inject Campaigns campaigns;
  @Inject Proposals proposals;
  @Inject Selection selection;
  @Inject RefusedForms forms;
  @Context HttpHeaders headers;

  public static String path(long campaignId) {
    return PATH + "/" + campaignId;
  }

  @GET
  @Path("{id}")
  @Operation(hidden = true)
  public Response desk(
      @PathParam("id") long id,
      @QueryParam("status") String status,
      @QueryParam("group") String group,
      @QueryParam("hidden") String hidden,
      @QueryParam("similar") String similar,
      @QueryParam("offset") String offset,
      @BeanParam PageParams params) {
    PageRequest request = pages.open(params);
    CampaignDeskPage.Query query =
        new CampaignDeskPage.Query(
            status,
            group,
            hidden,
            ProposalFilter.of(status, group, hidden),
            similar == null || similar.isBlank()
                ? null
                : (long) QueryInts.parse("similar", similar, 1, Integer.MAX_VALUE),
            QueryInts.pageOffset(offset));
    return HtmlPages.ok(render.page(request, id, query, params.done(), Refusal.NONE));
  }

  @POST
  @Path("{id}/stage")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response moveStage(@PathParam("id") long id, MultivaluedMap<String, String> form) {
    PageRequest request = pages.submit(headers, form);
    return forms.submit(
        request,
        path(id),
        "stage",
        form,
        refusal -> render.page(request, id, CampaignDeskPage.Query.posted(form), null, refusal),
        () -> {
          campaigns.moveStage(caller(request), id, null);
          return "stage-moved";
        });
  }

  @POST
  @Path("{id}/proposals/{pid}/merge")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response merge(
      @PathParam("id") long id, @PathParam("pid") long pid, MultivaluedMap<String, String> form) {
    return onProposal(
        id,
        pid,
        "merge",
        form,
        request -> {
          long into = FormFields.id(form, "into");
          desks.ofCampaign(id, into);
          selection.merge(caller(request), into, pid);
          return "merged";
        });
  }

  @POST
  @Path("{id}/proposals/{pid}/rating")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response rate(
      @PathParam("id") long id, @PathParam("pid") long pid, MultivaluedMap<String, String> form) {
    return onProposal(
        id,
        pid,
        "rating",
        form,
        request -> {
          selection.rate(caller(request), pid, FormFields.number(form, "usefulness", 1, 5));
          return "rated";
        });
  }

  @POST
  @Path("{id}/proposals/{pid}/shortlist")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response shortlist(
      @PathParam("id") long id, @PathParam("pid") long pid, MultivaluedMap<String, String> form) {
    return onProposal(
        id,
        pid,
        "shortlist",
        form,
        request -> {
          String on = FormFields.text(form, "shortlisted");
          if (!"true".equals(on) && !"false".equals(on)) {
            throw new InvalidInput("shortlisted", "'shortlisted' is true or false.");
          }
          selection.shortlist(caller(request), pid, Boolean.parseBoolean(on));
          return "true".equals(on) ? "shortlisted" : "unshortlisted";
        });
  }

  @POST
  @Path("{id}/proposals/{pid}/hide")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response hide(
      @PathParam("id") long id, @PathParam("pid") long pid, MultivaluedMap<String, String> form) {
    return onProposal(
        id,
        pid,
        "hide",
        form,
        request -> {
          proposals.hide(caller(request), pid, FormFields.text(form, "reason"));
          return "hidden";
        });
  }

  @POST
  @Path("{id}/proposals/{pid}/decision")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response decide(
      @PathParam("id") long id, @PathParam("pid") long pid, MultivaluedMap<String, String> form) {
    return onProposal(
        id,
        pid,
        "decision",
        form,
        request -> {
          String decision = FormFields.text(form, "decision");
          if (!"accept".equals(decision) && !"reject".equals(decision)) {
            throw new InvalidInput("decision", "'decision' is 'accept' or 'reject'.");
          }
          selection.decide(
              caller(request), pid, "accept".equals(decision), FormFields.text(form, "reason"));
          return "accept".equals(decision) ? "accepted" : "rejected";
        });
  }

  /**
   * A form about proposal {@code pid} of campaign {@code id}: the session and CSRF tokens checked,
   * the proposal found in that campaign (404 otherwise), then {@code action}, whose answer names
   * the confirmation; a refusal shows the desk again with the message next to form {@code key}.
   */
  private Response onProposal(
      long id,
      long pid,
      String key,
      MultivaluedMap<String, String> form,
      Function<PageRequest, String> action) {
    PageRequest request = pages.submit(headers, form);
    desks.ofCampaign(id, pid);
    return forms.submit(
        request,
        path(id),
        key + "-" + pid,
        form,
        refusal -> render.page(request, id, CampaignDeskPage.Query.posted(form), null, refusal),
        () -> action.apply(request));
  }

  private static CampaignCaller caller(PageRequest request) {
    return CampaignCaller.of(request.session());
  }
}
