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
import kz.kenes.crowdsourcing.application.CampaignCaller;
import kz.kenes.crowdsourcing.application.Proposals;
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.HtmlPages;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A proposal's page for the campaign's members ({@code /app/proposals/{id}?kt=…}): its versions
 * with their authors and a side-by-side diff from the version before, the author's accept and
 * reject of others' pending versions, the form to amend or rework it (or edit it, for its author),
 * the comments in threads with reply and report forms, and for moderators hiding a comment. Forms
 * post the session and CSRF tokens and redirect back with a confirmation; a refused one (an empty
 * field, an amendment that changes lines, a stage that is closed) shows the page again with the
 * message next to the form and the input kept ({@link RefusedForms}). {@link Proposals} decides who
 * may do what in which stage.
 */
@Path(ProposalPageResource.PATH)
@Produces(MediaType.TEXT_HTML)
public class ProposalPageResource {

  public static final String PATH = "/app/proposals";

  @Inject PageSessions pages;
  @Inject ProposalPage render;
  @Inject Proposals proposals;
  @Inject RefusedForms forms;
  @Context HttpHeaders headers;

  public static String path(long proposalId) {
    return PATH + "/" + proposalId;
  }

  @GET
  @Path("{id}")
  @Operation(hidden = true)
  public Response page(@PathParam("id") long id, @BeanParam PageParams params) {
    PageRequest request = pages.open(params);
    return HtmlPages.ok(render.page(request, id, params.done(), Refusal.NONE));
  }

  @POST
  @Path("{id}/versions")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response addVersion(@PathParam("id") long id, MultivaluedMap<String, String> form) {
    PageRequest request = pages.submit(headers, form);
    return forms.submit(
        request,
        path(id),
        "version",
        form,
        refusal -> render.page(request, id, null, refusal),
        () -> {
          proposals.addVersion(
              caller(request),
              id,
              FormFields.text(form, "kind"),
              FormFields.text(form, "title"),
              FormFields.text(form, "text"),
              FormFields.text(form, "rationale"),
              FormFields.text(form, "note"));
          return "version-added";
        });
  }

  @POST
  @Path("{id}/versions/{n}/{verdict: accept|reject}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response settle(
      @PathParam("id") long id,
      @PathParam("n") int number,
      @PathParam("verdict") String verdict,
      MultivaluedMap<String, String> form) {
    PageRequest request = pages.submit(headers, form);
    boolean accept = "accept".equals(verdict);
    return forms.submit(
        request,
        path(id),
        "settle-" + number,
        form,
        refusal -> render.page(request, id, null, refusal),
        () -> {
          proposals.settleVersion(caller(request), id, number, accept);
          return accept ? "version-accepted" : "version-rejected";
        });
  }

  @POST
  @Path("{id}/comments")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response comment(@PathParam("id") long id, MultivaluedMap<String, String> form) {
    PageRequest request = pages.submit(headers, form);
    String parent = form.getFirst("parentId");
    return forms.submit(
        request,
        path(id),
        parent == null || parent.isBlank() ? "comment" : "reply-" + parent.strip(),
        form,
        refusal -> render.page(request, id, null, refusal),
        () -> {
          proposals.comment(
              caller(request),
              id,
              FormFields.optionalId(form, "parentId"),
              FormFields.text(form, "text"));
          return "commented";
        });
  }

  @POST
  @Path("{id}/reports")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response report(@PathParam("id") long id, MultivaluedMap<String, String> form) {
    PageRequest request = pages.submit(headers, form);
    String comment = form.getFirst("commentId");
    return forms.submit(
        request,
        path(id),
        comment == null || comment.isBlank() ? "report" : "report-" + comment.strip(),
        form,
        refusal -> render.page(request, id, null, refusal),
        () -> {
          proposals.report(
              caller(request),
              id,
              FormFields.optionalId(form, "commentId"),
              FormFields.text(form, "reason"));
          return "reported";
        });
  }

  @POST
  @Path("{id}/comments/{cid}/hide")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response hideComment(
      @PathParam("id") long id,
      @PathParam("cid") long commentId,
      MultivaluedMap<String, String> form) {
    PageRequest request = pages.submit(headers, form);
    return forms.submit(
        request,
        path(id),
        "hide-" + commentId,
        form,
        refusal -> render.page(request, id, null, refusal),
        () -> {
          proposals.hideComment(caller(request), commentId, FormFields.text(form, "reason"));
          return "comment-hidden";
        });
  }

  private static CampaignCaller caller(PageRequest request) {
    return CampaignCaller.of(request.session());
  }
}
