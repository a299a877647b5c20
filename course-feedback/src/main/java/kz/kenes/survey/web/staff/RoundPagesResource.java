package kz.kenes.survey.web.staff;

import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
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
import kz.kenes.identity.web.PageParams;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.platform.web.FormErrors;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.survey.application.InvitationService;
import kz.kenes.survey.application.SurveyService;
import kz.kenes.survey.domain.InvalidSurveyInput;
import kz.kenes.survey.domain.Invitation;
import kz.kenes.survey.domain.RoundClosed;
import kz.kenes.survey.domain.Survey;
import kz.kenes.survey.domain.SurveyRound;
import kz.kenes.survey.web.staff.RoundPages.Confirm;
import kz.kenes.survey.web.staff.StaffPages.StaffRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The pages of one round of a survey: closing it (after a confirmation step), reopening it, and its
 * invitation links: the list, the form that makes one (the new link is shown on the answer to that
 * form, once), and revoking one (after a confirmation step).
 */
@Path(SurveyPagesResource.PATH + "/{id}/rounds/{roundId}")
@Produces(MediaType.TEXT_HTML)
public class RoundPagesResource {

  @Inject StaffPages staff;
  @Inject SurveyService surveys;
  @Inject InvitationService invitations;
  @Inject RoundPages pages;
  @Inject OverviewPages surveyPage;
  @Context HttpHeaders headers;

  @GET
  @Operation(hidden = true)
  public Response round(
      @PathParam("id") long id, @PathParam("roundId") long roundId, @BeanParam PageParams params) {
    StaffRequest request = staff.open(params);
    SurveyRound round = round(request, id, roundId);
    return HtmlPages.ok(
        pages.round(request, round, params.done(), InvitationForm.empty(), FormErrors.none()));
  }

  @GET
  @Path("close")
  @Operation(hidden = true)
  public Response confirmClose(
      @PathParam("id") long id, @PathParam("roundId") long roundId, @BeanParam PageParams params) {
    StaffRequest request = staff.open(params);
    SurveyRound round = round(request, id, roundId);
    Confirm confirm =
        new Confirm(
            "survey.staff.close.title",
            "survey.staff.close.question",
            round.label(),
            RoundPages.path(round) + "/close",
            "survey.staff.close.submit",
            true);
    return HtmlPages.ok(pages.confirm(request, round, confirm));
  }

  @POST
  @Path("close")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response close(
      @PathParam("id") long id,
      @PathParam("roundId") long roundId,
      MultivaluedMap<String, String> form) {
    StaffRequest request = staff.submit(headers, form);
    surveys.close(round(request, id, roundId));
    return request.page().redirect(SurveyPagesResource.PATH + "/" + id, "closed");
  }

  @POST
  @Path("reopen")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response reopen(
      @PathParam("id") long id,
      @PathParam("roundId") long roundId,
      MultivaluedMap<String, String> form) {
    StaffRequest request = staff.submit(headers, form);
    SurveyRound round = round(request, id, roundId);
    String closesAt = form.getFirst("closesAt");
    FormErrors errors = RoundForm.checkReopen(closesAt);
    if (!errors.any()) {
      try {
        surveys.reopen(round, RoundForm.reopen(closesAt));
        return request.page().redirect(SurveyPagesResource.PATH + "/" + id, "reopened");
      } catch (InvalidSurveyInput refusal) {
        errors = RoundForm.REOPEN_ERRORS.of(refusal.fieldErrors());
      }
    }
    OverviewPages.Forms forms =
        OverviewPages.Forms.reopen(roundId, StaffForms.typed(closesAt), errors);
    return HtmlPages.status(400, surveyPage.render(request, round.survey(), null, forms));
  }

  @POST
  @Path("invitations")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response invite(
      @PathParam("id") long id,
      @PathParam("roundId") long roundId,
      MultivaluedMap<String, String> form) {
    StaffRequest request = staff.submit(headers, form);
    SurveyRound round = round(request, id, roundId);
    String formId = InvitationForm.formId(form);
    if (invitations.madeByForm(round, formId).isPresent()) {
      return alreadyMade(request, round);
    }
    InvitationForm input = InvitationForm.from(form);
    FormErrors errors = input.check();
    if (!errors.any()) {
      try {
        InvitationService.Created created = invitations.create(round, input.toCommand(), formId);
        return HtmlPages.status(201, pages.created(request, round, created));
      } catch (PersistenceException | TransactionalException e) {
        // the same form sent twice at once: the unique index let only the first make a link
        if (invitations.madeByForm(round, formId).isPresent()) {
          return alreadyMade(request, round);
        }
        throw e;
      } catch (InvalidSurveyInput refusal) {
        errors = InvitationForm.ERRORS.of(refusal.fieldErrors());
      } catch (RoundClosed refusal) {
        // the round closed while the form was open: its page now says so, without the form
        return HtmlPages.status(409, pages.round(request, round, null, input, errors));
      }
    }
    return HtmlPages.status(400, pages.round(request, round, null, input, errors));
  }

  /**
   * The answer to a form that already made its link (a refresh of the page that showed it, a double
   * click): 409 and the round's page saying so. The link's address is not shown again, since Kenes
   * keeps only its fingerprint.
   */
  private Response alreadyMade(StaffRequest request, SurveyRound round) {
    return HtmlPages.status(
        409,
        pages.round(
            request, round, RoundPages.ALREADY_MADE, InvitationForm.empty(), FormErrors.none()));
  }

  @GET
  @Path("invitations/{invitationId}/revoke")
  @Operation(hidden = true)
  public Response confirmRevoke(
      @PathParam("id") long id,
      @PathParam("roundId") long roundId,
      @PathParam("invitationId") long invitationId,
      @BeanParam PageParams params) {
    StaffRequest request = staff.open(params);
    SurveyRound round = round(request, id, roundId);
    Invitation invitation = invitation(round, invitationId);
    Confirm confirm =
        new Confirm(
            "survey.staff.revoke.title",
            "survey.staff.revoke.question",
            invitation.label().orElse(null),
            RoundPages.path(round) + "/invitations/" + invitationId + "/revoke",
            "survey.staff.revoke.submit",
            false);
    return HtmlPages.ok(pages.confirm(request, round, confirm));
  }

  @POST
  @Path("invitations/{invitationId}/revoke")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response revoke(
      @PathParam("id") long id,
      @PathParam("roundId") long roundId,
      @PathParam("invitationId") long invitationId,
      MultivaluedMap<String, String> form) {
    StaffRequest request = staff.submit(headers, form);
    SurveyRound round = round(request, id, roundId);
    invitations.revoke(round, invitationId);
    return request.page().redirect(RoundPages.path(round), "revoked");
  }

  private SurveyRound round(StaffRequest request, long surveyId, long roundId) {
    Survey survey = staff.survey(request, surveyId);
    return surveys.round(survey, roundId);
  }

  private Invitation invitation(SurveyRound round, long invitationId) {
    return invitations.list(round).stream()
        .filter(i -> i.id() == invitationId)
        .findFirst()
        .orElseThrow(
            () -> new NotFound("Round " + round.id() + " has no invitation " + invitationId + "."));
  }
}
