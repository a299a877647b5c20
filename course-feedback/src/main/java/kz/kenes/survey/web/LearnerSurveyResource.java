package kz.kenes.survey.web;

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
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.PageModel;
import kz.kenes.survey.application.LearnerResponses;
import kz.kenes.survey.application.LearnerRound;
import kz.kenes.survey.application.ResponseForm;
import kz.kenes.survey.domain.InvalidSurveyInput;
import kz.kenes.survey.domain.RoundClosed;
import kz.kenes.survey.domain.RoundNotOpen;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A learner's page of a survey round ({@code /app/surveys/rounds/{roundId}?kt=…}): the round's
 * questions with the learner's answers so far, and the form that submits them (session token and
 * CSRF token posted with it). A saved submission redirects (POST-redirect-GET) to the page with a
 * confirmation; a refused one comes back as a 400 page with the answers kept and the items at fault
 * marked. A closed round shows the learner's answers read-only.
 */
@Path(LearnerSurveyResource.PATH)
@Produces(MediaType.TEXT_HTML)
public class LearnerSurveyResource {

  public static final String PATH = "/app/surveys/rounds";

  @Inject PageSessions pages;
  @Inject LearnerResponses responses;
  @Inject SurveyPages render;
  @Context HttpHeaders headers;

  @GET
  @Path("{roundId}")
  @Operation(hidden = true)
  public Response round(@PathParam("roundId") long roundId, @BeanParam PageParams params) {
    PageRequest request = pages.open(params);
    ResponseForm form = responses.form(responses.round(request.session(), roundId));
    return HtmlPages.ok(
        render.learnerRound(
            request, form, null, Map.of(), "saved".equals(params.done()) && form.submitted()));
  }

  @POST
  @Path("{roundId}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response answer(
      @PathParam("roundId") long roundId, MultivaluedMap<String, String> posted) {
    PageRequest request = pages.submit(headers, posted);
    LearnerRound round = responses.round(request.session(), roundId);
    ResponseForm form = responses.form(round);
    Map<String, Object> answers = AnswerFields.read(posted, SurveyPages.kinds(form));
    try {
      responses.submit(round, answers);
    } catch (InvalidSurveyInput refused) {
      String html = render.learnerRound(request, form, answers, refused.fieldErrors(), false);
      return HtmlPages.status(400, html);
    } catch (RoundClosed | RoundNotOpen refused) {
      // closed (or not yet open) since the page was loaded: show the round as it is now
      ResponseForm now = responses.form(round);
      return HtmlPages.status(409, render.learnerRound(request, now, null, Map.of(), false));
    }
    String target =
        PageModel.href(
            request.token(),
            PATH + "/" + roundId,
            Map.of("lang", request.locale().getLanguage(), "done", "saved"));
    return HtmlPages.seeOther(target);
  }
}
