package kz.kenes.quiz.web;

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
import java.time.Clock;
import java.util.Map;
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.domain.TooManyRequests;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.PageModel;
import kz.kenes.quiz.application.QuizAttempts;
import kz.kenes.quiz.application.QuizAttempts.Standing;
import kz.kenes.quiz.domain.LessonLocked;
import kz.kenes.quiz.domain.QuizAttempt;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The learner's quiz pages, without JavaScript: {@code /app/quizzes/{id}} (the quiz's rules, the
 * learner's attempts with score, result, date and time spent, and a button that starts or resumes
 * an attempt) and {@code /app/quizzes/attempts/{id}} (the attempt's questions as a form with "Save"
 * and "Submit"; once submitted its marks, feedback and, when the quiz allows, the right answers).
 * Forms post the session and CSRF tokens and answer See Other (POST-redirect-GET).
 */
@Path(QuizPagesResource.PATH)
@Produces(MediaType.TEXT_HTML)
public class QuizPagesResource {

  public static final String PATH = "/app/quizzes";

  @Inject PageSessions pages;
  @Inject QuizAttempts attempts;
  @Inject QuizPages render;
  @Inject LessonPages lessons;
  @Inject Clock clock;
  @Context HttpHeaders headers;

  public static String quizPath(long quizId) {
    return PATH + "/" + quizId;
  }

  public static String attemptPath(long attemptId) {
    return PATH + "/attempts/" + attemptId;
  }

  @GET
  @Path("{quizId}")
  @Operation(hidden = true)
  public Response quiz(@PathParam("quizId") long quizId, @BeanParam PageParams params) {
    PageRequest request = pages.open(params);
    try {
      Standing standing = attempts.standing(request.session(), quizId);
      return HtmlPages.ok(render.quiz(request, standing, null, null, clock.instant()));
    } catch (LessonLocked locked) {
      return HtmlPages.status(403, lessons.locked(request, locked));
    }
  }

  @POST
  @Path("{quizId}/attempts")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response start(@PathParam("quizId") long quizId, MultivaluedMap<String, String> posted) {
    PageRequest request = pages.submit(headers, posted);
    try {
      QuizAttempt attempt = attempts.start(request.session(), quizId).attempt();
      return HtmlPages.seeOther(link(request, attemptPath(attempt.id()), null));
    } catch (LessonLocked locked) {
      return HtmlPages.status(403, lessons.locked(request, locked));
    } catch (Conflict limit) {
      Standing standing = attempts.standing(request.session(), quizId);
      return HtmlPages.status(
          409, render.quiz(request, standing, "quiz.refused.attemptLimit", null, clock.instant()));
    } catch (TooManyRequests coolDown) {
      Standing standing = attempts.standing(request.session(), quizId);
      long minutes = coolDown.retryAfter().map(d -> (d.toSeconds() + 59) / 60).orElse(1L);
      return HtmlPages.status(
          429, render.quiz(request, standing, "quiz.refused.coolDown", minutes, clock.instant()));
    }
  }

  @GET
  @Path("attempts/{attemptId}")
  @Operation(hidden = true)
  public Response attempt(@PathParam("attemptId") long attemptId, @BeanParam PageParams params) {
    PageRequest request = pages.open(params);
    Standing standing = attempts.attempt(request.session(), attemptId);
    return HtmlPages.ok(
        render.attempt(
            request, standing, find(standing, attemptId), null, params.done(), clock.instant()));
  }

  @POST
  @Path("attempts/{attemptId}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response answer(
      @PathParam("attemptId") long attemptId, MultivaluedMap<String, String> posted) {
    PageRequest request = pages.submit(headers, posted);
    Standing standing = attempts.attempt(request.session(), attemptId);
    QuizAttempt attempt = find(standing, attemptId);
    if (attempt.isSubmitted()) {
      return HtmlPages.seeOther(link(request, attemptPath(attemptId), null));
    }
    Map<String, java.util.List<String>> answers = AttemptForm.read(attempt.paper(), posted);
    boolean submit = "submit".equals(posted.getFirst("action"));
    try {
      if (submit) {
        attempts.submit(request.session(), attemptId, answers);
      } else {
        attempts.save(request.session(), attemptId, answers);
      }
    } catch (InvalidInput unanswered) {
      attempts.save(request.session(), attemptId, answers);
      Standing now = attempts.attempt(request.session(), attemptId);
      return HtmlPages.status(
          400,
          render.attempt(
              request, now, find(now, attemptId), "quiz.refused.mandatory", null, clock.instant()));
    } catch (Conflict late) {
      return HtmlPages.seeOther(link(request, attemptPath(attemptId), "late"));
    }
    return HtmlPages.seeOther(
        link(request, attemptPath(attemptId), submit ? "submitted" : "saved"));
  }

  private static QuizAttempt find(Standing standing, long attemptId) {
    return standing.attempts().stream().filter(a -> a.id() == attemptId).findFirst().orElseThrow();
  }

  private static String link(PageRequest request, String path, String done) {
    Map<String, String> query =
        done == null
            ? Map.of("lang", request.locale().getLanguage())
            : Map.of("lang", request.locale().getLanguage(), "done", done);
    return PageModel.href(request.token(), path, query);
  }
}
