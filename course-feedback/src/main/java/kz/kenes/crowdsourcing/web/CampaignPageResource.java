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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.crowdsourcing.application.CampaignCaller;
import kz.kenes.crowdsourcing.application.Proposals;
import kz.kenes.crowdsourcing.application.Selection;
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.QueryInts;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A campaign's page for its members ({@code /app/campaigns/{id}?kt=…}): the task and key questions,
 * the stage open now and until when, governance and vote rules, the proposals; the proposal form
 * during collection and a vote button on each proposal on the ballot during voting. Forms work
 * without JavaScript and carry the session and CSRF tokens; a saved form redirects
 * (POST-redirect-GET) to the page with a confirmation, a refused proposal comes back as a 400 page
 * with the fields kept and marked, a refused one (a vote outside voting or beyond the quota) as the
 * page with the message next to its form ({@link RefusedForms}).
 */
@Path(CampaignPageResource.PATH)
@Produces(MediaType.TEXT_HTML)
public class CampaignPageResource {

  public static final String PATH = "/app/campaigns";

  @Inject PageSessions pages;
  @Inject CampaignPages render;
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
  public Response page(
      @PathParam("id") long id,
      @QueryParam("offset") String offsetParam,
      @BeanParam PageParams params) {
    PageRequest request = pages.open(params);
    int offset =
        offsetParam == null ? 0 : QueryInts.parse("offset", offsetParam, 0, Integer.MAX_VALUE);
    return HtmlPages.ok(
        render.page(request, id, offset, Map.of(), Map.of(), params.done(), Refusal.NONE));
  }

  @POST
  @Path("{id}/proposals")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response propose(@PathParam("id") long id, MultivaluedMap<String, String> posted) {
    PageRequest request = pages.submit(headers, posted);
    Map<String, String> form = new LinkedHashMap<>();
    for (String field : List.of("kind", "title", "text", "rationale")) {
      form.put(field, posted.getFirst(field) == null ? "" : posted.getFirst(field));
    }
    List<String> chosen = posted.get("moduleId") == null ? List.of() : posted.get("moduleId");
    form.put("moduleIds", String.join(",", chosen));
    try {
      proposals.submit(
          CampaignCaller.of(request.session()),
          id,
          new Proposals.Submission(
              form.get("kind"),
              moduleIds(chosen),
              form.get("title"),
              form.get("text"),
              form.get("rationale")));
    } catch (InvalidInput refused) {
      return HtmlPages.status(
          400, render.page(request, id, 0, form, refused.fieldErrors(), null, Refusal.NONE));
    } catch (Conflict refused) {
      Refusal refusal = forms.refusal("propose", posted, refused, request.locale());
      return HtmlPages.status(409, render.page(request, id, 0, form, Map.of(), null, refusal));
    }
    return request.redirect(path(id), "proposed");
  }

  /** The modules a proposal form chose (checkboxes {@code moduleId}); 400 for one not a number. */
  private static List<Long> moduleIds(List<String> chosen) {
    List<Long> ids = new java.util.ArrayList<>();
    for (String value : chosen) {
      try {
        ids.add(Long.parseLong(value.strip()));
      } catch (NumberFormatException e) {
        throw new InvalidInput("moduleIds", "'moduleId' is the id of a module of the campaign.");
      }
    }
    return ids;
  }

  @POST
  @Path("{id}/proposals/{proposalId}/vote")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response vote(
      @PathParam("id") long id,
      @PathParam("proposalId") long proposalId,
      MultivaluedMap<String, String> posted) {
    PageRequest request = pages.submit(headers, posted);
    String offset = posted.getFirst("offset");
    int start =
        offset == null || offset.isBlank()
            ? 0
            : QueryInts.parse("offset", offset, 0, Integer.MAX_VALUE);
    return forms.submit(
        request,
        path(id),
        "vote-" + proposalId,
        posted,
        refusal -> render.page(request, id, start, Map.of(), Map.of(), null, refusal),
        () -> {
          selection.vote(CampaignCaller.of(request.session()), proposalId);
          return "voted";
        });
  }
}
