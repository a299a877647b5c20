package kz.kenes.survey.web.staff;

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
import kz.kenes.identity.web.Navigation;
import kz.kenes.identity.web.PageParams;
import kz.kenes.platform.web.FormErrors;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.survey.application.SurveyService;
import kz.kenes.survey.domain.InvalidSurveyInput;
import kz.kenes.survey.domain.Survey;
import kz.kenes.survey.web.staff.StaffPages.StaffRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The staff's survey pages: {@code /app/surveys} lists the surveys the caller runs and creates
 * them; {@code /app/surveys/{id}} shows one with its rounds and adds rounds. Instructors and
 * administrators only (learners get 403; an instructor whose course does not deliver the survey's
 * program gets 403 on its page). Opened from the deep linking picker ({@code from=deep-linking}),
 * the create form sends the new survey's creator back to the picker.
 */
@Path(SurveyPagesResource.PATH)
@Produces(MediaType.TEXT_HTML)
public class SurveyPagesResource {

  public static final String PATH = "/app/surveys";

  @Inject StaffPages staff;
  @Inject SurveyService surveys;
  @Inject SurveyPages listPage;
  @Inject OverviewPages surveyPage;
  @Context HttpHeaders headers;

  @GET
  @Operation(hidden = true)
  public Response list(
      @BeanParam PageParams params,
      @QueryParam("offset") String offset,
      @QueryParam("programs") String programs,
      @QueryParam("from") String from) {
    StaffRequest request = staff.open(params);
    return HtmlPages.ok(
        listPage.list(
            request,
            (int) StaffForms.wholeNumber(offset).orElse(0),
            params.done(),
            SurveyForm.empty(),
            FormErrors.none(),
            programs,
            SurveyPages.fromPicker(from)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response create(MultivaluedMap<String, String> form) {
    StaffRequest request = staff.submit(headers, form);
    SurveyForm input = SurveyForm.from(form);
    FormErrors errors = input.check();
    boolean fromPicker = SurveyPages.fromPicker(form.getFirst("from"));
    if (!errors.any()) {
      try {
        Survey survey = surveys.create(request.staff(), input.toCommand());
        return fromPicker
            ? request.page().redirect(Navigation.DEEP_LINKING, "created")
            : request.page().redirect(PATH + "/" + survey.id(), "created");
      } catch (InvalidSurveyInput refusal) {
        errors = SurveyForm.ERRORS.of(refusal.fieldErrors());
      }
    }
    return HtmlPages.status(
        400, listPage.list(request, 0, null, input, errors, form.getFirst("programs"), fromPicker));
  }

  @GET
  @Path("{id}")
  @Operation(hidden = true)
  public Response survey(@PathParam("id") long id, @BeanParam PageParams params) {
    StaffRequest request = staff.open(params);
    Survey survey = staff.survey(request, id);
    return HtmlPages.ok(
        surveyPage.render(request, survey, params.done(), OverviewPages.Forms.none()));
  }

  @POST
  @Path("{id}/rounds")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response addRound(@PathParam("id") long id, MultivaluedMap<String, String> form) {
    StaffRequest request = staff.submit(headers, form);
    Survey survey = staff.survey(request, id);
    RoundForm input = RoundForm.from(form);
    FormErrors errors = input.check();
    if (!errors.any()) {
      try {
        surveys.addRound(survey, input.toCommand());
        return request.page().redirect(PATH + "/" + id, "round-added");
      } catch (InvalidSurveyInput refusal) {
        errors = RoundForm.ERRORS.of(refusal.fieldErrors());
      }
    }
    String html =
        surveyPage.render(request, survey, null, OverviewPages.Forms.round(input, errors));
    return HtmlPages.status(400, html);
  }
}
