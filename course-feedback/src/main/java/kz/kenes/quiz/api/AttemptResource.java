package kz.kenes.quiz.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import kz.kenes.identity.api.Authenticator;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.quiz.application.QuizAccess;
import kz.kenes.quiz.application.QuizAttempts;
import kz.kenes.quiz.application.QuizAttempts.Standing;
import kz.kenes.quiz.application.QuizReview;
import kz.kenes.quiz.domain.QuizAttempt;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One attempt: its learner reads it, saves answers and submits it; the course's staff read it with
 * everything. A learner never sees another's attempt (404), nor a right answer before the quiz
 * allows.
 */
@Path("/api/attempts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Quizzes")
public class AttemptResource {

  @Inject Authenticator auth;
  @Inject QuizAccess access;
  @Inject QuizAttempts attempts;
  @Inject QuizReview review;
  @Inject Clock clock;
  @Context HttpHeaders headers;

  /** Answers by question code, each a list of values (docs/quizzes.md says which per type). */
  public record AnswersBody(Map<String, List<String>> answers) {
    Map<String, List<String>> values() {
      return answers == null ? Map.of() : answers;
    }
  }

  @GET
  @Path("{id}")
  @Operation(summary = "An attempt, with its questions; marks and feedback once submitted")
  public AttemptView read(@PathParam("id") long id) {
    KenesSession session = session();
    if (access.isStaff(session)) {
      return AttemptView.forStaff(review.attempt(session, id), clock.instant());
    }
    Standing standing = attempts.attempt(session, id);
    QuizAttempt attempt =
        standing.attempts().stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    return AttemptView.of(attempt, true, standing.mayReveal(), clock.instant());
  }

  @PUT
  @Path("{id}/answers")
  @Operation(
      summary = "Save answers of the attempt in progress (learner)",
      description =
          "Body: {answers: {code: [values]}}; laid over the answers saved before. 409"
              + " time-limit-passed after the deadline (the attempt is then submitted with what"
              + " was saved), 409 attempt-submitted once submitted.")
  public AttemptView save(@PathParam("id") long id, AnswersBody body) {
    QuizAttempt attempt = attempts.save(session(), id, body == null ? Map.of() : body.values());
    return AttemptView.summary(attempt, clock.instant());
  }

  @POST
  @Path("{id}/submission")
  @Operation(
      summary = "Submit the attempt (learner), graded on the server",
      description =
          "Body: {answers} as for saving (may be empty). 201 the first time; 200 with the same"
              + " result when sent again. 400 mandatory-unanswered while a mandatory question has"
              + " no answer and there is time left.")
  public Response submit(@PathParam("id") long id, AnswersBody body) {
    KenesSession session = session();
    QuizAttempts.Submitted submitted =
        attempts.submit(session, id, body == null ? Map.of() : body.values());
    return Response.status(submitted.first() ? 201 : 200)
        .entity(AttemptView.of(submitted.attempt(), true, submitted.mayReveal(), clock.instant()))
        .build();
  }

  private KenesSession session() {
    return auth.requireSession(headers, null);
  }
}
