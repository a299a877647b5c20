package kz.kenes.quiz.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.program.application.CoursePlanning;
import kz.kenes.program.domain.Lesson;
import kz.kenes.program.domain.ProgramModule;
import kz.kenes.quiz.domain.AttemptRepository;
import kz.kenes.quiz.domain.GateRepository;
import kz.kenes.quiz.domain.Gating;
import kz.kenes.quiz.domain.LessonGate;
import kz.kenes.quiz.domain.LessonLocked;
import kz.kenes.quiz.domain.Quiz;
import kz.kenes.quiz.domain.QuizPlacement;
import kz.kenes.quiz.domain.QuizRepository;

/**
 * Gating of a course's own lessons (docs/quizzes.md, "Gating"): the staff of a course set sequence
 * rules (a lesson or a step of a module the course delivers requires a passed quiz) and place each
 * quiz in the lesson it checks; a learner sees the course's lessons with what still locks each, and
 * cannot open a locked lesson nor take a quiz placed in one.
 */
@ApplicationScoped
public class LessonGating {

  @Inject QuizAccess access;
  @Inject GateRepository gates;
  @Inject QuizRepository quizzes;
  @Inject AttemptRepository attempts;
  @Inject CoursePlanning courses;
  @Inject Clock clock;

  /** A step as a learner sees it: locked until the quizzes {@code lockedBy} are passed. */
  public record StepState(int index, String title, List<Quiz> lockedBy) {
    public boolean locked() {
      return !lockedBy.isEmpty();
    }
  }

  /** A lesson as a learner sees it, with the quizzes placed in it. */
  public record LessonState(
      ProgramModule module,
      int index,
      String title,
      List<Quiz> lockedBy,
      List<StepState> steps,
      List<Quiz> quizzes) {
    public boolean locked() {
      return !lockedBy.isEmpty();
    }
  }

  /** A delivered module with its lessons as the learner stands. */
  public record ModuleState(ProgramModule module, List<LessonState> lessons) {}

  /** The course's rules and placements, with what they name, for its staff. */
  public record Rules(
      List<ProgramModule> modules,
      List<Quiz> quizzes,
      List<LessonGate> gates,
      List<QuizPlacement> placements) {}

  /** The lesson a failed attempt sends the learner back to. */
  public record Review(ProgramModule module, int index, String title) {}

  // ---- learners

  /** The course's delivered modules, each lesson and step with what still locks it. */
  public List<ModuleState> modules(KenesSession session) {
    long course = access.learnerCourse(session);
    View view = view(course, session.userRef());
    return courses.deliveredModules(course).stream().map(m -> view.module(m)).toList();
  }

  /** One lesson of a delivered module; refused (403 lesson-locked) while a rule locks it. */
  public LessonState lesson(KenesSession session, long moduleId, int lesson) {
    long course = access.learnerCourse(session);
    ProgramModule module = delivered(course, moduleId);
    View view = view(course, session.userRef());
    LessonState state = view.lesson(module, lessonAt(module, lesson), lesson);
    if (state.locked()) {
      throw new LessonLocked(
          "The lesson «" + state.title() + "»", state.title(), titles(state.lockedBy()));
    }
    return state;
  }

  /** Refuses (403 lesson-locked) a learner a quiz placed in a lesson that is locked for them. */
  public void requireQuizOpen(KenesSession session, Quiz quiz) {
    if (access.isStaff(session) || session.userRef() == null) {
      return;
    }
    long course = quiz.contextRef();
    Optional<QuizPlacement> placement = gates.placement(quiz.id());
    if (placement.isEmpty()) {
      return;
    }
    View view = view(course, session.userRef());
    List<Long> lockedBy = view.gating.quizLockedBy(quiz.id(), view.passed);
    if (!lockedBy.isEmpty()) {
      String lessonTitle = lessonTitle(course, placement.get()).orElse("?");
      throw new LessonLocked(
          "The quiz «" + quiz.title() + "» of the lesson «" + lessonTitle + "»",
          lessonTitle,
          titles(view.quizzes(lockedBy)));
    }
  }

  /** The lesson the quiz checks, to review after a failed attempt, when the quiz is placed. */
  public Optional<Review> reviewOf(Quiz quiz) {
    return gates
        .placement(quiz.id())
        .flatMap(
            p ->
                deliveredModule(quiz.contextRef(), p.moduleId())
                    .flatMap(
                        m ->
                            lessonOf(m, p.lesson())
                                .map(l -> new Review(m, p.lesson(), l.title()))));
  }

  // ---- staff

  /** The course's rules and placements. */
  public Rules rules(KenesSession session) {
    long course = access.staffCourse(session);
    return new Rules(
        courses.deliveredModules(course),
        quizzes.findByCourse(course),
        gates.findByCourse(course),
        gates.placements(course));
  }

  /**
   * Adds a rule: lesson {@code lesson} (or only its step {@code step}; null for the whole lesson)
   * of a delivered module requires a passed quiz of the course. 409 when the same rule exists or
   * when it would lock a quiz behind itself.
   */
  public LessonGate addRule(
      KenesSession session, Long moduleId, Integer lesson, Integer step, Long quizId) {
    long course = access.staffCourse(session);
    ProgramModule module = delivered(course, required(moduleId, "moduleId"));
    int lessonNo = required(lesson, "lesson");
    Lesson target = lessonAt(module, lessonNo);
    int stepNo = step == null ? LessonGate.WHOLE_LESSON : step;
    if (stepNo != LessonGate.WHOLE_LESSON && (stepNo < 0 || stepNo >= target.steps().size())) {
      throw new InvalidInput(
          "step",
          "The lesson «" + target.title() + "» has no step " + stepNo + " (steps count from 0).");
    }
    Quiz quiz = access.staffQuiz(session, required(quizId, "quizId"));
    List<LessonGate> existing = gates.findByCourse(course);
    boolean duplicate =
        existing.stream()
            .anyMatch(
                g ->
                    g.moduleId() == module.id()
                        && g.lesson() == lessonNo
                        && g.step() == stepNo
                        && g.quizId() == quiz.id());
    if (duplicate) {
      throw new Conflict(
          "gate-exists", "This lesson already requires the quiz «" + quiz.title() + "».");
    }
    LessonGate gate =
        LessonGate.of(
            course, module.id(), lessonNo, stepNo, quiz.id(), session.userRef(), clock.instant());
    List<LessonGate> after = new ArrayList<>(existing);
    after.add(gate);
    Gating.requireReachable(after, gates.placements(course));
    return gates.store(gate);
  }

  /** Removes a rule of the course. */
  public void removeRule(KenesSession session, long gateId) {
    long course = access.staffCourse(session);
    LessonGate gate =
        gates
            .find(gateId)
            .filter(g -> g.contextRef() == course)
            .orElseThrow(
                () -> new NotFound("gate-not-found", "This course has no lesson rule " + gateId));
    gates.delete(gate);
  }

  /** Places a quiz in the lesson it checks (moving it from another); 409 when that locks it. */
  public QuizPlacement place(KenesSession session, long quizId, Long moduleId, Integer lesson) {
    long course = access.staffCourse(session);
    Quiz quiz = access.staffQuiz(session, quizId);
    ProgramModule module = delivered(course, required(moduleId, "moduleId"));
    int lessonNo = required(lesson, "lesson");
    lessonAt(module, lessonNo);
    QuizPlacement placement =
        gates
            .placement(quiz.id())
            .map(
                p -> {
                  p.moveTo(module.id(), lessonNo);
                  return p;
                })
            .orElseGet(() -> new QuizPlacement(quiz.id(), course, module.id(), lessonNo));
    List<QuizPlacement> after = new ArrayList<>(gates.placements(course));
    after.removeIf(p -> p.quizId() == quiz.id());
    after.add(placement);
    Gating.requireReachable(gates.findByCourse(course), after);
    return gates.store(placement);
  }

  /** Takes a quiz out of its lesson: it is then never locked and sends nobody back. */
  public void unplace(KenesSession session, long quizId) {
    Quiz quiz = access.staffQuiz(session, quizId);
    gates.placement(quiz.id()).ifPresent(gates::delete);
  }

  // ---- shared

  private View view(long course, long userRef) {
    List<Quiz> all = quizzes.findByCourse(course);
    Set<Long> passed = new HashSet<>();
    for (Quiz q : all) {
      attempts
          .findKept(q.id(), userRef, q.settings().kept())
          .filter(a -> a.passed())
          .ifPresent(a -> passed.add(q.id()));
    }
    return new View(
        new Gating(gates.findByCourse(course), gates.placements(course)),
        passed,
        all.stream().collect(Collectors.toMap(Quiz::id, Function.identity())));
  }

  /** The course's rules with one learner's passed quizzes. */
  private record View(Gating gating, Set<Long> passed, Map<Long, Quiz> byId) {

    List<Quiz> quizzes(List<Long> ids) {
      return ids.stream().map(byId::get).filter(q -> q != null).toList();
    }

    ModuleState module(ProgramModule m) {
      List<Lesson> lessons = m.current().content().outline().lessons();
      List<LessonState> states = new ArrayList<>();
      for (int i = 0; i < lessons.size(); i++) {
        states.add(lesson(m, lessons.get(i), i));
      }
      return new ModuleState(m, states);
    }

    LessonState lesson(ProgramModule m, Lesson lesson, int index) {
      List<StepState> steps = new ArrayList<>();
      for (int s = 0; s < lesson.steps().size(); s++) {
        steps.add(
            new StepState(
                s, lesson.steps().get(s), quizzes(gating.stepLockedBy(m.id(), index, s, passed))));
      }
      return new LessonState(
          m,
          index,
          lesson.title(),
          quizzes(gating.lessonLockedBy(m.id(), index, passed)),
          steps,
          quizzes(gating.quizzesIn(m.id(), index)));
    }
  }

  private ProgramModule delivered(long course, long moduleId) {
    return deliveredModule(course, moduleId)
        .orElseThrow(
            () ->
                new NotFound(
                    "module-not-delivered", "This course delivers no module " + moduleId + "."));
  }

  private Optional<ProgramModule> deliveredModule(long course, long moduleId) {
    return courses.deliveredModules(course).stream().filter(m -> m.id() == moduleId).findFirst();
  }

  private static Optional<Lesson> lessonOf(ProgramModule module, int lesson) {
    List<Lesson> lessons = module.current().content().outline().lessons();
    return lesson >= 0 && lesson < lessons.size()
        ? Optional.of(lessons.get(lesson))
        : Optional.empty();
  }

  private static Lesson lessonAt(ProgramModule module, int lesson) {
    return lessonOf(module, lesson)
        .orElseThrow(
            () ->
                new NotFound(
                    "lesson-not-found",
                    "The module "
                        + module.code()
                        + " has no lesson "
                        + lesson
                        + " (lessons count from 0)."));
  }

  private Optional<String> lessonTitle(long course, QuizPlacement p) {
    return deliveredModule(course, p.moduleId())
        .flatMap(m -> lessonOf(m, p.lesson()))
        .map(Lesson::title);
  }

  private static List<LessonLocked.Unlock> titles(List<Quiz> quizzes) {
    return quizzes.stream().map(q -> new LessonLocked.Unlock(q.id(), q.title())).toList();
  }

  private static <T> T required(T value, String field) {
    if (value == null) {
      throw new InvalidInput(field, field + " is required.");
    }
    return value;
  }
}
