package kz.kenes.analytics.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import kz.kenes.analytics.application.SurveyAnswerIdeaStore.OpenSurveyAnswer;
import kz.kenes.analytics.application.SurveyAnswerIdeas;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.survey.api.SurveyCallers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A survey round's open answers and their idea marks (docs/surveys.md, "Ideas"), for whoever may
 * read the survey's report; learners are refused (403).
 */
@Path("/api/rounds/{roundId}/open-answers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Survey analysis")
public class SurveyAnswerIdeaResource {

  @Inject SurveyCallers callers;
  @Inject SurveyAnswerIdeas ideas;
  @Context HttpHeaders headers;

  /** Whether the answer holds an idea. */
  public record IdeaMark(Boolean idea) {}

  @GET
  @Operation(summary = "A round's open answers, newest first, each with its idea mark")
  public List<OpenSurveyAnswer> list(
      @PathParam("roundId") long roundId, @QueryParam("kt") String kt) {
    return ideas.openAnswers(callers.requireStaff(headers, kt), roundId).answers();
  }

  @PUT
  @Path("{responseId}/{itemId}/idea")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Mark an open answer as an idea ({\"idea\": true}) or take the mark off")
  public Response mark(
      @PathParam("roundId") long roundId,
      @PathParam("responseId") long responseId,
      @PathParam("itemId") long itemId,
      IdeaMark mark) {
    if (mark == null || mark.idea() == null) {
      throw new InvalidInput("idea", "'idea' is true (an idea) or false (no longer one).");
    }
    ideas.mark(callers.requireStaff(headers, null), roundId, responseId, itemId, mark.idea());
    return Response.noContent().build();
  }
}
