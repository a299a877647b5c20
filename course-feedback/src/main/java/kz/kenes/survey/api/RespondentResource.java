package kz.kenes.survey.api;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import kz.kenes.identity.api.Authenticator;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.survey.application.LearnerResponses;
import kz.kenes.survey.application.Receipt;
import kz.kenes.survey.domain.SurveyResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A learner's side of surveys, by their LTI session: the open rounds of their course, a round's
 * form with their answers so far, autosaved drafts, and the submission (one response per round,
 * which they may change until the round closes).
 */
@Path("/api/rounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Answering surveys")
public class RespondentResource {

  @Inject Authenticator auth;
  @Inject LearnerResponses responses;
  @Inject ScaleLabels scale;
  @Context HttpHeaders headers;

  /** An open round as the learner sees it in their list. */
  public record OpenRound(
      long surveyId, long roundId, String surveyTitle, String roundLabel, Instant closesAt) {}

  /** What a saved draft or a submission answers. */
  public record Saved(long responseId, String status, Instant savedAt, boolean created) {
    static Saved of(SurveyResponse r, boolean created) {
      return new Saved(
          r.id(),
          r.isSubmitted() && r.draft().isEmpty() ? SurveyResponse.SUBMITTED : SurveyResponse.DRAFT,
          r.updatedAt(),
          created);
    }
  }

  @GET
  @Operation(summary = "The survey rounds open to the learner in this course")
  public List<OpenRound> openRounds() {
    KenesSession session = auth.requireSession(headers, null);
    return responses.openRoundsFor(session).stream()
        .map(
            r ->
                new OpenRound(r.survey().id(), r.id(), r.survey().title(), r.label(), r.closesAt()))
        .toList();
  }

  @GET
  @Path("{roundId}/form")
  @Operation(summary = "A round's questions in the learner's language, with their answers so far")
  public FormView form(@PathParam("roundId") long roundId, @QueryParam("lang") String lang) {
    KenesSession session = auth.requireSession(headers, null);
    String language = scale.language(lang, session.locale(), headers);
    return FormView.of(
        responses.form(responses.round(session, roundId)), language, scale.labels(language));
  }

  @PUT
  @Path("{roundId}/draft")
  @Operation(summary = "Save a draft (answers may be missing; values are checked)")
  public Saved draft(@PathParam("roundId") long roundId, JsonObject body) {
    KenesSession session = auth.requireSession(headers, null);
    return Saved.of(
        responses.saveDraft(responses.round(session, roundId), JsonAnswers.of(body)), false);
  }

  @POST
  @Path("{roundId}/response")
  @Operation(
      summary = "Submit the learner's response",
      description =
          "One response per learner and round: a second submission while the round is open"
              + " replaces the answers (200); the first answers 201.")
  public Response submit(@PathParam("roundId") long roundId, JsonObject body) {
    KenesSession session = auth.requireSession(headers, null);
    Receipt receipt = responses.submit(responses.round(session, roundId), JsonAnswers.of(body));
    return Response.status(receipt.created() ? 201 : 200)
        .entity(Saved.of(receipt.response(), receipt.created()))
        .build();
  }
}
