package kz.kenes.quiz.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.net.URI;
import kz.kenes.identity.api.Authenticator;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.quiz.application.QuizQuestions;
import kz.kenes.quiz.domain.Question;
import kz.kenes.quiz.domain.Quiz;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One question of a quiz at a time (docs/quizzes.md, "Editing questions one by one"): staff of the
 * quiz's course add, read, replace, remove and move a question without sending the whole quiz. Same
 * authorisation as {@link QuizResource}: a learner 403 {@code quiz-staff-only}, another course's
 * staff 404 {@code quiz-not-found}. Attempts already made keep the question as they drew it.
 */
@Path("/api/quizzes/{id}/questions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Quizzes")
public class QuizQuestionResource {

  @Inject Authenticator auth;
  @Inject QuizQuestions questions;
  @Context HttpHeaders headers;

  @POST
  @Operation(
      summary = "Add a question after the quiz's own questions (staff)",
      description =
          "Body: a question {code, type, text: {kk, ru, en}, points, ...} as in GET /api/quizzes/{id}."
              + " Answers the whole quiz.")
  @APIResponse(responseCode = "201", description = "Added; Location names the question")
  @APIResponse(responseCode = "400", description = "invalid-question, naming each field at fault")
  @APIResponse(responseCode = "409", description = "question-code-taken")
  public Response add(@PathParam("id") long id, Question question) {
    Quiz quiz = questions.add(session(), id, question);
    return Response.created(URI.create("/api/quizzes/" + id + "/questions/" + question.code()))
        .entity(QuizView.of(quiz))
        .build();
  }

  @GET
  @Path("{code}")
  @Operation(summary = "One question of a quiz, right answer included (staff)")
  @APIResponse(responseCode = "404", description = "quiz-not-found or question-not-found")
  public Question read(@PathParam("id") long id, @PathParam("code") String code) {
    return questions.question(session(), id, code);
  }

  @PUT
  @Path("{code}")
  @Operation(
      summary = "Replace one question in its place (staff)",
      description =
          "Body: the whole question; its code may change to one no other question has (a missing"
              + " code keeps the old). Attempts already made keep the question as they drew it."
              + " Answers the whole quiz.")
  @APIResponse(responseCode = "200", description = "Replaced")
  @APIResponse(responseCode = "400", description = "invalid-question, naming each field at fault")
  @APIResponse(responseCode = "404", description = "quiz-not-found or question-not-found")
  @APIResponse(responseCode = "409", description = "question-code-taken")
  public QuizView replace(
      @PathParam("id") long id, @PathParam("code") String code, Question question) {
    Question sent =
        question != null && question.code() == null ? question.edit().code(code).build() : question;
    return QuizView.of(questions.replace(session(), id, code, sent));
  }

  @DELETE
  @Path("{code}")
  @Operation(
      summary = "Remove one question (staff)",
      description = "The last question goes only when the quiz draws from a pool (else 400).")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "404", description = "quiz-not-found or question-not-found")
  public Response remove(@PathParam("id") long id, @PathParam("code") String code) {
    questions.remove(session(), id, code);
    return Response.noContent().build();
  }

  @POST
  @Path("{code}/move")
  @Operation(
      summary = "Move one question a place up or down (staff)",
      description = "?direction=up|down; at either end the question stays. Answers the whole quiz.")
  @APIResponse(responseCode = "200", description = "Moved (or already at that end)")
  @APIResponse(responseCode = "400", description = "direction is neither up nor down")
  public QuizView move(
      @PathParam("id") long id,
      @PathParam("code") String code,
      @QueryParam("direction") String direction) {
    return QuizView.of(questions.move(session(), id, code, step(direction)));
  }

  static int step(String direction) {
    if ("up".equals(direction)) {
      return -1;
    }
    if ("down".equals(direction)) {
      return 1;
    }
    throw new InvalidInput("direction", "direction is up or down.");
  }

  private KenesSession session() {
    return auth.requireSession(headers, null);
  }
}
