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
import java.util.List;
import kz.kenes.platform.web.Page;
import kz.kenes.platform.web.QueryInts;
import kz.kenes.survey.application.InvitationService;
import kz.kenes.survey.application.Listing;
import kz.kenes.survey.application.SurveyAccess.Staff;
import kz.kenes.survey.application.SurveyCommands;
import kz.kenes.survey.application.SurveyService;
import kz.kenes.survey.domain.Survey;
import kz.kenes.survey.domain.SurveyRound;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Running surveys (docs/surveys.md): administrators, and instructors for the programs their course
 * delivers, create surveys, add rounds, close and reopen them, make invitation links and see how
 * many have responded per group and round.
 */
@Path("/api/surveys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys")
public class SurveyResource {

  @Inject SurveyCallers callers;
  @Inject SurveyService surveys;
  @Inject InvitationService invitations;
  @Inject Clock clock;
  @Context HttpHeaders headers;
  @Context UriInfo uriInfo;

  @POST
  @Operation(summary = "Create a survey of a program or module with an instrument")
  public Response create(SurveyCommands.NewSurvey command) {
    Staff staff = callers.requireStaff(headers, null);
    Survey survey = surveys.create(staff, command);
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(survey.id())).build())
        .entity(SurveyView.of(surveys.overview(survey), clock.instant()))
        .build();
  }

  @GET
  @Operation(summary = "The surveys the caller runs, newest first")
  public Page<SurveyView> list(
      @QueryParam("offset") @DefaultValue("0") String offsetParam,
      @QueryParam("limit") @DefaultValue("50") String limitParam) {
    Staff staff = callers.requireStaff(headers, null);
    int offset = QueryInts.parse("offset", offsetParam, 0, Integer.MAX_VALUE);
    int limit = QueryInts.parse("limit", limitParam, 1, 200);
    Listing<Survey> page = surveys.list(staff, offset, limit);
    return new Page<>(
        page.items().stream().map(s -> SurveyView.of(s, clock.instant())).toList(),
        page.total(),
        offset,
        limit);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A survey with its rounds and response counts per group")
  public SurveyView get(@PathParam("id") long id) {
    return SurveyView.of(
        surveys.overview(callers.requireStaffOf(headers, null, id)), clock.instant());
  }

  @POST
  @Path("{id}/rounds")
  @Operation(summary = "Add a round on the instrument's current version")
  public Response addRound(@PathParam("id") long id, SurveyCommands.NewRound command) {
    Survey survey = callers.requireStaffOf(headers, null, id);
    SurveyRound round = surveys.addRound(survey, command);
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(round.id())).build())
        .entity(refreshed(survey))
        .build();
  }

  @POST
  @Path("{id}/rounds/{roundId}/close")
  @Operation(summary = "Close a round now: answers become final")
  public SurveyView close(@PathParam("id") long id, @PathParam("roundId") long roundId) {
    Survey survey = callers.requireStaffOf(headers, null, id);
    surveys.close(surveys.round(survey, roundId));
    return refreshed(survey);
  }

  @POST
  @Path("{id}/rounds/{roundId}/reopen")
  @Operation(summary = "Reopen a round, optionally until a new closing date")
  public SurveyView reopen(
      @PathParam("id") long id, @PathParam("roundId") long roundId, SurveyCommands.Reopen command) {
    Survey survey = callers.requireStaffOf(headers, null, id);
    surveys.reopen(surveys.round(survey, roundId), command);
    return refreshed(survey);
  }

  @POST
  @Path("{id}/rounds/{roundId}/invitations")
  @Operation(
      summary = "Make an invitation link for a stakeholder group",
      description =
          "The answer holds the link; Kenes keeps only its hash and cannot show it again.")
  public Response invite(
      @PathParam("id") long id,
      @PathParam("roundId") long roundId,
      SurveyCommands.NewInvitation command) {
    Survey survey = callers.requireStaffOf(headers, null, id);
    InvitationService.Created created = invitations.create(surveys.round(survey, roundId), command);
    return Response.created(
            uriInfo
                .getAbsolutePathBuilder()
                .path(String.valueOf(created.invitation().id()))
                .build())
        .entity(
            InvitationView.of(
                created.invitation(), clock.instant(), created.url(), created.token()))
        .build();
  }

  @GET
  @Path("{id}/rounds/{roundId}/invitations")
  @Operation(summary = "The round's invitation links (without their tokens)")
  public List<InvitationView> invitations(
      @PathParam("id") long id, @PathParam("roundId") long roundId) {
    Survey survey = callers.requireStaffOf(headers, null, id);
    return invitations.list(surveys.round(survey, roundId)).stream()
        .map(i -> InvitationView.of(i, clock.instant()))
        .toList();
  }

  @POST
  @Path("{id}/rounds/{roundId}/invitations/{invitationId}/revoke")
  @Operation(summary = "Withdraw an invitation link; responses made through it stay")
  public InvitationView revoke(
      @PathParam("id") long id,
      @PathParam("roundId") long roundId,
      @PathParam("invitationId") long invitationId) {
    Survey survey = callers.requireStaffOf(headers, null, id);
    return InvitationView.of(
        invitations.revoke(surveys.round(survey, roundId), invitationId), clock.instant());
  }

  /** The survey as it is after a change, without asking again who may see it. */
  private SurveyView refreshed(Survey survey) {
    return SurveyView.of(surveys.overviewNow(survey), clock.instant());
  }
}
