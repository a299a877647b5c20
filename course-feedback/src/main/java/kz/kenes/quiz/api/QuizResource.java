package kz.kenes.quiz.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import kz.kenes.identity.api.Authenticator;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.quiz.application.QuizAccess;
import kz.kenes.quiz.application.QuizAttempts;
import kz.kenes.quiz.application.QuizAuthoring;
import kz.kenes.quiz.application.QuizAuthoring.QuizDraft;
import kz.kenes.quiz.application.QuizReview;
import kz.kenes.quiz.domain.Gift;
import kz.kenes.quiz.domain.MoodleXml;
import kz.kenes.quiz.domain.Question;
import kz.kenes.quiz.domain.Quiz;
import kz.kenes.quiz.domain.QuizGrant;
import kz.kenes.quiz.domain.QuizSettings;
import kz.kenes.quiz.domain.QuizStatistics;
import kz.kenes.quiz.domain.Texts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The quizzes of the caller's course (docs/quizzes.md): staff create, revise and review them;
 * learners see each quiz's rules and their own attempts, and start attempts (then {@link
 * AttemptResource}).
 */
@Path("/api/quizzes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Quizzes")
public class QuizResource {

  @Inject Authenticator auth;
  @Inject QuizAccess access;
  @Inject QuizAuthoring authoring;
  @Inject QuizAttempts attempts;
  @Inject QuizReview review;
  @Inject Clock clock;
  @Context HttpHeaders headers;

  /** A quiz in a list. */
  public record QuizSummary(long id, String reference, String title, int questionCount) {
    static QuizSummary of(Quiz q) {
      return new QuizSummary(q.id(), q.reference(), q.title(), q.questions().size());
    }
  }

  /** One page of attempts. */
  public record AttemptPage(long total, int offset, List<AttemptView> items) {}

  /** A grant to a learner. */
  public record GrantRequest(Long learnerRef, int extraAttempts, int extraMinutes, String reason) {}

  /** A grant as kept in the audit trail. */
  public record GrantView(
      long id,
      long learnerRef,
      Long grantedBy,
      int extraAttempts,
      int extraMinutes,
      String reason,
      Instant at) {
    static GrantView of(QuizGrant g) {
      return new GrantView(
          g.id(),
          g.userRef(),
          g.actorRef(),
          g.extraAttempts(),
          g.extraMinutes(),
          g.reason(),
          g.createdAt());
    }
  }

  @GET
  @Operation(summary = "The quizzes of the caller's course, in the course's order")
  public List<QuizSummary> list() {
    return authoring.ofCourse(session()).stream().map(QuizSummary::of).toList();
  }

  @POST
  @Operation(
      summary = "Create a quiz in the caller's course (staff)",
      description = "Body: {title, questions: [...], settings: {...}}; see docs/quizzes.md.")
  public Response create(QuizDraft draft) {
    Quiz quiz = authoring.create(session(), required(draft));
    return Response.created(URI.create("/api/quizzes/" + quiz.id()))
        .entity(QuizView.of(quiz))
        .build();
  }

  @POST
  @Path("import")
  @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
  @Operation(
      summary = "Create a quiz from a Moodle XML question bank (staff)",
      description =
          "Body: Moodle XML (<quiz> with <question>s); ?title= (required) and ?language=kk|ru|en"
              + " (of the texts, default en). The quiz gets the default settings (pass at 60 %),"
              + " to revise with PUT. 400 invalid-moodle-xml names each question at fault with its"
              + " number and line.")
  public Response importMoodle(
      @QueryParam("title") String title,
      @QueryParam("language") @DefaultValue("en") String language,
      String xml) {
    KenesSession session = session();
    access.staffCourse(session);
    if (!Texts.LANGUAGES.contains(language)) {
      throw new InvalidInput("language", "language is kk, ru or en.");
    }
    List<Question> questions = MoodleXml.parse(xml, language);
    Quiz quiz = authoring.create(session, new QuizDraft(title, questions, QuizSettings.defaults()));
    return Response.created(URI.create("/api/quizzes/" + quiz.id()))
        .type(MediaType.APPLICATION_JSON)
        .entity(QuizView.of(quiz))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "A quiz: everything for staff; for a learner its rules and their attempts",
      description = "A learner never receives the questions here, nor any right answer.")
  public Object read(@PathParam("id") long id) {
    KenesSession session = session();
    if (access.isStaff(session)) {
      return QuizView.of(authoring.staffQuiz(session, id));
    }
    return LearnerQuizView.of(attempts.standing(session, id), clock.instant());
  }

  @GET
  @Path("{id}/moodle-xml")
  @Produces(MediaType.APPLICATION_XML)
  @Operation(
      summary = "A quiz's questions as Moodle XML, for Moodle's question bank import (staff)",
      description =
          "?language=kk|ru|en: the texts to write (default en, else the first there is); kt for"
              + " links.")
  public Response exportMoodle(
      @PathParam("id") long id,
      @QueryParam("language") @DefaultValue("en") String language,
      @QueryParam("kt") String kt) {
    Quiz quiz = authoring.staffQuiz(auth.requireSession(headers, kt), id);
    return Response.ok(MoodleXml.write(quiz.questions(), language), MediaType.APPLICATION_XML)
        .header("Content-Disposition", "attachment; filename=\"quiz-" + id + "-moodle.xml\"")
        .build();
  }

  /** GIFT is plain text; Moodle reads GIFT files as UTF-8. */
  static final String GIFT_TYPE = "text/plain; charset=UTF-8";

  @GET
  @Path("{id}/gift")
  @Produces(GIFT_TYPE)
  @Operation(
      summary = "A quiz's questions in GIFT, for Moodle's question bank import (staff)",
      description =
          "?language=kk|ru|en: the texts to write (default en, else the first there is); kt for"
              + " links. Ordering questions have no GIFT form: a // comment line stands in their"
              + " place (the Moodle XML export keeps them).")
  public Response exportGift(
      @PathParam("id") long id,
      @QueryParam("language") @DefaultValue("en") String language,
      @QueryParam("kt") String kt) {
    Quiz quiz = authoring.staffQuiz(auth.requireSession(headers, kt), id);
    return Response.ok(Gift.write(quiz.questions(), language), GIFT_TYPE)
        .header("Content-Disposition", "attachment; filename=\"quiz-" + id + "-gift.txt\"")
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Replace a quiz's title, questions and settings (staff)")
  public QuizView revise(@PathParam("id") long id, QuizDraft draft) {
    return QuizView.of(authoring.revise(session(), id, required(draft)));
  }

  @POST
  @Path("{id}/attempts")
  @Operation(
      summary = "Start an attempt (learner), or resume the one in progress",
      description =
          "201 with a new attempt, 200 with the attempt in progress. 409 attempt-limit when no"
              + " attempt is left; 429 cool-down with Retry-After too soon after the last.")
  public Response start(@PathParam("id") long id) {
    QuizAttempts.Started started = attempts.start(session(), id);
    AttemptView view = AttemptView.of(started.attempt(), true, false, clock.instant());
    return Response.status(started.created() ? 201 : 200)
        .location(URI.create("/api/attempts/" + started.attempt().id()))
        .entity(view)
        .build();
  }

  @GET
  @Path("{id}/attempts")
  @Operation(summary = "A quiz's attempts, newest first (staff)")
  public AttemptPage attempts(
      @PathParam("id") long id,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    if (offset < 0 || limit < 1 || limit > 200) {
      throw new InvalidInput("limit", "offset is 0 or more; limit is 1 to 200.");
    }
    QuizReview.AttemptPage page = review.attempts(session(), id, offset, limit);
    Instant now = clock.instant();
    return new AttemptPage(
        page.total(), offset, page.items().stream().map(a -> AttemptView.summary(a, now)).toList());
  }

  @GET
  @Path("{id}/statistics")
  @Operation(summary = "Facility and discrimination of each question (staff)")
  public QuizStatistics statistics(@PathParam("id") long id) {
    return review.statistics(session(), id);
  }

  @POST
  @Path("{id}/grants")
  @Operation(
      summary = "Grant a learner extra attempts or minutes (staff), kept in the audit trail",
      description = "Body: {learnerRef, extraAttempts, extraMinutes, reason}.")
  public Response grant(@PathParam("id") long id, GrantRequest request) {
    if (request == null || request.learnerRef() == null) {
      throw new InvalidInput("learnerRef", "Name the learner (learnerRef of their attempts).");
    }
    QuizGrant grant =
        review.grant(
            session(),
            id,
            request.learnerRef(),
            request.extraAttempts(),
            request.extraMinutes(),
            request.reason());
    return Response.status(201).entity(GrantView.of(grant)).build();
  }

  @GET
  @Path("{id}/grants")
  @Operation(summary = "A quiz's grants, newest first: the audit trail (staff)")
  public List<GrantView> grants(@PathParam("id") long id) {
    return review.grants(session(), id).stream().map(GrantView::of).toList();
  }

  private KenesSession session() {
    return auth.requireSession(headers, null);
  }

  private static QuizDraft required(QuizDraft draft) {
    if (draft == null) {
      throw new InvalidInput("body", "Send the quiz as JSON: {title, questions, settings}.");
    }
    return draft;
  }
}
