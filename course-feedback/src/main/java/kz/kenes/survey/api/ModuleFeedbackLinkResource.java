package kz.kenes.survey.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import kz.kenes.platform.web.Page;
import kz.kenes.platform.web.QueryInts;
import kz.kenes.survey.application.ModuleFeedbackLinks;
import kz.kenes.survey.application.ModuleFeedbackLinks.NewLink;
import kz.kenes.survey.application.SurveyAccess.Staff;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Module feedback links, for staff (docs/module-feedback.md): an administrator, or an instructor
 * launched from a course that delivers modules of the program, makes links that ask employers,
 * graduates and other outsiders about a program's modules, lists them and withdraws them.
 */
@Path("/api/module-feedback/links")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Module feedback")
public class ModuleFeedbackLinkResource {

  @Inject SurveyCallers callers;
  @Inject ModuleFeedbackLinks links;
  @Inject Clock clock;
  @Context HttpHeaders headers;
  @Context UriInfo uriInfo;

  @POST
  @Operation(
      summary = "Make a link that asks outsiders about a program's modules",
      description =
          "Body: {\"programId\": 7, \"moduleIds\": [11, 12] (optional: every module),"
              + " \"group\": \"employer\", \"maxUses\": 50, \"expiresAt\": ISO instant (optional:"
              + " 30 days), \"anonymous\": false, \"label\": \"…\"}. The answer holds the link;"
              + " Kenes keeps only its hash and cannot show it again.")
  public Response create(NewLink command) {
    Staff staff = callers.requireStaff(headers, null);
    ModuleFeedbackLinks.Created created = links.create(staff, command, null);
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.link().id())).build())
        .entity(
            ModuleFeedbackLinkView.of(
                created.link(), clock.instant(), created.url(), created.token()))
        .build();
  }

  @GET
  @Operation(summary = "The module feedback links of the caller's programs, newest first")
  public Page<ModuleFeedbackLinkView> list(
      @QueryParam("offset") @DefaultValue("0") String offsetParam,
      @QueryParam("limit") @DefaultValue("50") String limitParam) {
    Staff staff = callers.requireStaff(headers, null);
    int offset = QueryInts.parse("offset", offsetParam, 0, Integer.MAX_VALUE);
    int limit = QueryInts.parse("limit", limitParam, 1, 200);
    ModuleFeedbackLinks.Page page = links.list(staff, offset, limit);
    return new Page<>(
        page.links().stream().map(l -> ModuleFeedbackLinkView.of(l, clock.instant())).toList(),
        page.total(),
        offset,
        limit);
  }

  @GET
  @Path("{linkId}")
  @Operation(summary = "A module feedback link (without its token)")
  public ModuleFeedbackLinkView get(@PathParam("linkId") long linkId) {
    Staff staff = callers.requireStaff(headers, null);
    return ModuleFeedbackLinkView.of(links.find(staff, linkId), clock.instant());
  }

  @POST
  @Path("{linkId}/revoke")
  @Operation(summary = "Withdraw a module feedback link; ratings made through it stay")
  public ModuleFeedbackLinkView revoke(@PathParam("linkId") long linkId) {
    Staff staff = callers.requireStaff(headers, null);
    return ModuleFeedbackLinkView.of(links.revoke(staff, linkId), clock.instant());
  }
}
