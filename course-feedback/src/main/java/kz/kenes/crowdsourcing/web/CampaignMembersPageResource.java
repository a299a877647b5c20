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
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import kz.kenes.crowdsourcing.application.CampaignCaller;
import kz.kenes.crowdsourcing.application.CampaignRoles;
import kz.kenes.crowdsourcing.domain.CampaignMember;
import kz.kenes.crowdsourcing.domain.CampaignRole;
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.QueryInts;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The organisers' page of a campaign's members ({@code /app/campaigns/{id}/members?kt=…}; 403 for
 * anyone but the campaign's organisers): the people, by name, group and role, 20 a page; a form on
 * each to give them a role (facilitator, expert, participant) and group, a button that takes a
 * given role back from an LTI member, and a form that gives a role to an LTI user by their Kenes
 * user number (as {@code PUT /api/campaigns/{id}/members} does), and a search ({@code ?find=}) of
 * the people of the campaign's courses by name, each found with that form. Every change is audited
 * and confirmed on the page it redirects to; a refused one shows the page again with the message
 * next to the form and the input kept. Forms carry the session and CSRF tokens.
 */
@Path(CampaignPageResource.PATH + "/{id}/members")
@Produces(MediaType.TEXT_HTML)
public class CampaignMembersPageResource {

  /** The roles this page gives: an organiser's role is the university administrators'. */
  static final List<CampaignRole> ROLES =
      List.of(CampaignRole.FACILITATOR, CampaignRole.EXPERT, CampaignRole.PARTICIPANT);

  @Inject PageSessions pages;
  @Inject CampaignRoles roles;
  @Inject CampaignMembersPage render;
  @Inject RefusedForms forms;
  @Context HttpHeaders headers;

  public static String path(long campaignId) {
    return CampaignPageResource.path(campaignId) + "/members";
  }

  @GET
  @Operation(hidden = true)
  public Response page(
      @PathParam("id") long id,
      @QueryParam("offset") String offset,
      @QueryParam("find") String find,
      @QueryParam("findOffset") String findOffset,
      @BeanParam PageParams params) {
    PageRequest request = pages.open(params);
    int from = QueryInts.pageOffset(offset);
    CampaignMembersPage.Search search =
        new CampaignMembersPage.Search(find, QueryInts.pageOffset(findOffset));
    if (!search.asked()) {
      return HtmlPages.ok(render.page(request, id, from, params.done(), Refusal.NONE));
    }
    MultivaluedMap<String, String> typed = new MultivaluedHashMap<>();
    typed.putSingle("find", find);
    return forms.attempt(
        "find",
        typed,
        request.locale(),
        () -> {
          CampaignRoles.Found found =
              roles.findPeople(
                  caller(request), id, find, search.offset(), CampaignMembersPage.PAGE_SIZE);
          return HtmlPages.ok(
              render.page(request, id, from, params.done(), Refusal.NONE, search, found));
        },
        refusal -> render.page(request, id, from, null, refusal, search, null));
  }

  @POST
  @Path("role")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response give(@PathParam("id") long id, MultivaluedMap<String, String> form) {
    PageRequest request = pages.submit(headers, form);
    return forms.submit(
        request,
        path(id),
        "role-" + form.getFirst("member"),
        form,
        refusal ->
            render.page(request, id, QueryInts.pageOffset(form.getFirst("offset")), null, refusal),
        () -> {
          roles.give(
              caller(request), id, form.getFirst("member"), role(form), form.getFirst("group"));
          return "role-given";
        });
  }

  @POST
  @Path("user")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response giveToUser(@PathParam("id") long id, MultivaluedMap<String, String> form) {
    PageRequest request = pages.submit(headers, form);
    return forms.submit(
        request,
        path(id),
        "user",
        form,
        refusal ->
            render.page(request, id, QueryInts.pageOffset(form.getFirst("offset")), null, refusal),
        () -> {
          String key = CampaignMember.ltiKey(FormFields.id(form, "userRef"));
          roles.give(caller(request), id, key, role(form), form.getFirst("group"));
          return "role-given";
        });
  }

  @POST
  @Path("take")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response take(@PathParam("id") long id, MultivaluedMap<String, String> form) {
    PageRequest request = pages.submit(headers, form);
    return forms.submit(
        request,
        path(id),
        "take-" + form.getFirst("member"),
        form,
        refusal ->
            render.page(request, id, QueryInts.pageOffset(form.getFirst("offset")), null, refusal),
        () -> {
          roles.take(caller(request), id, form.getFirst("member"));
          return "role-taken";
        });
  }

  /** The role a form chose, among those this page gives. */
  private static CampaignRole role(MultivaluedMap<String, String> form) {
    String code = form.getFirst("role");
    for (CampaignRole role : ROLES) {
      if (role.code().equals(code)) {
        return role;
      }
    }
    throw new InvalidInput("role", "'role' is facilitator, expert or participant.");
  }

  private static CampaignCaller caller(PageRequest request) {
    return CampaignCaller.of(request.session());
  }
}
