package kz.kenes.analytics.web;

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
import kz.kenes.analytics.application.ReportAccess;
import kz.kenes.analytics.application.SurveyAnswerIdeas;
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A survey round's open answers for its staff ({@code
 * /app/surveys/{id}/rounds/{roundId}/open-answers}, linked from the survey's report): each answer
 * with its item and group, and a button that marks it as an idea or takes the mark off
 * (docs/surveys.md, "Ideas"). Forms carry the session and CSRF tokens and answer with
 * POST-redirect-GET.
 */
@Path("/app/surveys/{id}/rounds/{roundId}/open-answers")
@Produces(MediaType.TEXT_HTML)
public class SurveyIdeasPageResource {

  @Inject PageSessions pages;
  @Inject ReportAccess access;
  @Inject SurveyAnswerIdeas ideas;
  @Inject Views views;
  @Context HttpHeaders headers;

  static String path(long surveyId, long roundId) {
    return "/app/surveys/" + surveyId + "/rounds/" + roundId + "/open-answers";
  }

  @GET
  @Operation(hidden = true)
  public Response page(
      @PathParam("id") long surveyId,
      @PathParam("roundId") long roundId,
      @BeanParam PageParams params) {
    PageRequest request = pages.open(params);
    SurveyAnswerIdeas.RoundAnswers answers =
        ideas.openAnswers(access.staffOf(request.session()), roundId);
    if (answers.survey().id() != surveyId) {
      throw new NotFound("Survey " + surveyId + " has no round " + roundId + ".");
    }
    String path = path(surveyId, roundId);
    PageModel page = request.page("surveyIdeas.title", path, Map.of());
    page.with("pageTitle", null)
        .with("section", "report")
        .with("surveyTitle", answers.survey().title())
        .with("answers", answers.answers())
        .with("limit", SurveyAnswerIdeas.LIMIT)
        .with("done", params.done())
        .with("formAction", path)
        .with("reportUrl", page.link("/app/surveys/" + surveyId + "/report", Map.of()));
    return HtmlPages.ok(views.render("analytics/survey-ideas", request.locale(), page.asMap()));
  }

  @POST
  @Path("{responseId}/{itemId}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response mark(
      @PathParam("id") long surveyId,
      @PathParam("roundId") long roundId,
      @PathParam("responseId") long responseId,
      @PathParam("itemId") long itemId,
      MultivaluedMap<String, String> form) {
    PageRequest request = pages.submit(headers, form);
    boolean idea = !"unmark".equals(form.getFirst("action"));
    ideas.mark(access.staffOf(request.session()), roundId, responseId, itemId, idea);
    return request.redirect(path(surveyId, roundId), idea ? "idea-marked" : "idea-unmarked");
  }
}
