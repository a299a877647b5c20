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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import kz.kenes.identity.api.Authenticator;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.quiz.application.LessonGating;
import kz.kenes.quiz.application.LessonGating.LessonState;
import kz.kenes.quiz.application.LessonGating.ModuleState;
import kz.kenes.quiz.application.LessonGating.Rules;
import kz.kenes.quiz.domain.LessonGate;
import kz.kenes.quiz.domain.Quiz;
import kz.kenes.quiz.domain.QuizPlacement;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Gating of the caller's course's own lessons (docs/quizzes.md, "Gating"): staff set the sequence
 * rules (a lesson or step requires a passed quiz) and place quizzes in the lessons they check;
 * learners read the course's lessons with what still locks each, and open an unlocked lesson. A
 * locked lesson is refused with 403 {@code lesson-locked} naming the quizzes to pass.
 */
@Path("/api/lessons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Quizzes")
public class LessonResource {

  @Inject Authenticator auth;
  @Inject LessonGating gating;
  @Context HttpHeaders headers;

  /** A quiz as a rule or a lock names it. */
  public record QuizRef(long id, String title) {
    static List<QuizRef> of(List<Quiz> quizzes) {
      return quizzes.stream().map(q -> new QuizRef(q.id(), q.title())).toList();
    }
  }

  /** A step with the quizzes that still lock it (empty: open). */
  public record StepView(int index, String title, boolean locked, List<QuizRef> unlockedBy) {}

  /** A lesson with the quizzes that still lock it and the quizzes placed in it. */
  public record LessonView(
      long moduleId,
      int index,
      String title,
      boolean locked,
      List<QuizRef> unlockedBy,
      List<StepView> steps,
      List<QuizRef> quizzes) {
    static LessonView of(LessonState s) {
      return new LessonView(
          s.module().id(),
          s.index(),
          s.title(),
          s.locked(),
          QuizRef.of(s.lockedBy()),
          s.steps().stream()
              .map(t -> new StepView(t.index(), t.title(), t.locked(), QuizRef.of(t.lockedBy())))
              .toList(),
          QuizRef.of(s.quizzes()));
    }
  }

  /** A delivered module with its lessons. */
  public record ModuleView(long moduleId, String code, String title, List<LessonView> lessons) {
    static ModuleView of(ModuleState m) {
      return new ModuleView(
          m.module().id(),
          m.module().code(),
          m.module().title(),
          m.lessons().stream().map(LessonView::of).toList());
    }
  }

  /** A rule: lesson (and step, null for the whole lesson) of a module requires the quiz. */
  public record RuleRequest(Long moduleId, Integer lesson, Integer step, Long quizId) {}

  /** A rule as stored. */
  public record RuleView(long id, long moduleId, int lesson, Integer step, long quizId) {
    static RuleView of(LessonGate g) {
      return new RuleView(
          g.id(), g.moduleId(), g.lesson(), g.locksWholeLesson() ? null : g.step(), g.quizId());
    }
  }

  /** Where a quiz is placed: the lesson it checks. */
  public record PlacementRequest(Long moduleId, Integer lesson) {}

  /** A placement as stored. */
  public record PlacementView(long quizId, long moduleId, int lesson) {
    static PlacementView of(QuizPlacement p) {
      return new PlacementView(p.quizId(), p.moduleId(), p.lesson());
    }
  }

  /** The course's rules and placements. */
  public record RulesView(List<RuleView> rules, List<PlacementView> placements) {
    static RulesView of(Rules r) {
      return new RulesView(
          r.gates().stream().map(RuleView::of).toList(),
          r.placements().stream().map(PlacementView::of).toList());
    }
  }

  @GET
  @Operation(
      summary = "The course's modules, lessons and steps, with what still locks each (learner)")
  public List<ModuleView> modules() {
    return gating.modules(session()).stream().map(ModuleView::of).toList();
  }

  @GET
  @Path("modules/{moduleId}/{lesson}")
  @Operation(
      summary = "One lesson of a delivered module (learner)",
      description = "403 lesson-locked, naming the quizzes to pass, while a rule locks it.")
  public LessonView lesson(@PathParam("moduleId") long moduleId, @PathParam("lesson") int lesson) {
    return LessonView.of(gating.lesson(session(), moduleId, lesson));
  }

  @GET
  @Path("rules")
  @Operation(summary = "The course's sequence rules and quiz placements (staff)")
  public RulesView rules() {
    return RulesView.of(gating.rules(session()));
  }

  @POST
  @Path("rules")
  @Operation(
      summary = "Make a lesson or one of its steps require a passed quiz (staff)",
      description =
          "Body: {moduleId, lesson, step (null: the whole lesson), quizId}; lessons and steps count"
              + " from 0 in the module's current version. 409 gate-exists, 409 gate-cycle when the"
              + " rule would lock a quiz behind itself.")
  public Response addRule(RuleRequest request) {
    RuleRequest r = required(request);
    LessonGate gate = gating.addRule(session(), r.moduleId(), r.lesson(), r.step(), r.quizId());
    return Response.created(URI.create("/api/lessons/rules/" + gate.id()))
        .entity(RuleView.of(gate))
        .build();
  }

  @DELETE
  @Path("rules/{id}")
  @Operation(summary = "Remove a sequence rule (staff)")
  public Response removeRule(@PathParam("id") long id) {
    gating.removeRule(session(), id);
    return Response.noContent().build();
  }

  @PUT
  @Path("placements/{quizId}")
  @Operation(
      summary = "Place a quiz in the lesson it checks (staff)",
      description =
          "Body: {moduleId, lesson}. A learner who fails the quiz is sent back to that lesson; the"
              + " quiz is locked while the lesson is.")
  public PlacementView place(@PathParam("quizId") long quizId, PlacementRequest request) {
    if (request == null) {
      throw new InvalidInput("body", "Send {moduleId, lesson}.");
    }
    return PlacementView.of(gating.place(session(), quizId, request.moduleId(), request.lesson()));
  }

  @DELETE
  @Path("placements/{quizId}")
  @Operation(summary = "Take a quiz out of its lesson (staff)")
  public Response unplace(@PathParam("quizId") long quizId) {
    gating.unplace(session(), quizId);
    return Response.noContent().build();
  }

  private KenesSession session() {
    return auth.requireSession(headers, null);
  }

  private static RuleRequest required(RuleRequest request) {
    if (request == null) {
      throw new InvalidInput("body", "Send {moduleId, lesson, step, quizId}.");
    }
    return request;
  }
}
