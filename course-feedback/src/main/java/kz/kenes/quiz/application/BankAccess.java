package kz.kenes.quiz.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.platform.domain.NotAllowed;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.program.application.ProgramCatalog;
import kz.kenes.program.domain.CourseDeliveries;
import kz.kenes.program.domain.ModuleOutline;
import kz.kenes.program.domain.ProgramModule;

/**
 * Who may manage the question bank of a program module (ADR 0028): the program's administrators
 * (the admin token, or an administrator whose university owns the program) and the staff of a
 * course that delivers the module (an instructor launched from it); both read the bank and add,
 * edit, remove and import its questions. Learners are refused (403) whatever the bank; anyone else
 * is answered that there is no such bank (404), so that module ids tell nothing. What a course
 * delivers and which program a module belongs to are asked of the program context.
 */
@ApplicationScoped
public class BankAccess {

  @Inject ProgramCatalog programs;
  @Inject CourseDeliveries deliveries;

  /**
   * A bank as its managers see it: the module's identity and the competencies and learning outcomes
   * its current version lists (the tags to choose from).
   */
  public record Bank(
      long moduleId,
      long programId,
      String programCode,
      String moduleCode,
      String title,
      List<String> competencies,
      List<String> outcomes) {

    static Bank of(ProgramModule module) {
      ModuleOutline outline = module.current().content().outline();
      return new Bank(
          module.id(),
          module.program().id(),
          module.program().code(),
          module.code(),
          module.title(),
          outline == null ? List.of() : outline.competencies(),
          outline == null ? List.of() : outline.learningOutcomes());
    }
  }

  /**
   * The bank of module {@code moduleId} if the caller manages it.
   *
   * @param caller the caller's session; empty for the admin token
   */
  public Bank require(Optional<KenesSession> caller, long moduleId) {
    requireStaff(caller);
    return programs
        .findModule(moduleId)
        .filter(m -> reaches(caller, m))
        .map(Bank::of)
        .orElseThrow(() -> noBank(moduleId));
  }

  /** Refuses (403) a caller who manages no bank at all: a learner, a guest. */
  public void requireStaff(Optional<KenesSession> caller) {
    if (caller.isEmpty() || caller.get().isAdmin() || isCourseStaff(caller.get())) {
      return;
    }
    throw new NotAllowed(
        "bank-staff-only",
        "Question banks are managed by the program's administrators and the instructors of the"
            + " courses that deliver its modules.");
  }

  /** Whether a course may name the module's bank in its quizzes: the course delivers it. */
  public boolean courseReaches(long contextRef, long moduleId) {
    return deliveries.deliversModule(contextRef, moduleId);
  }

  private boolean reaches(Optional<KenesSession> caller, ProgramModule module) {
    if (caller.isEmpty()) {
      return true;
    }
    KenesSession session = caller.get();
    if (session.isAdmin()) {
      return session.scope().reaches(module.program().university().id());
    }
    return isCourseStaff(session) && courseReaches(session.contextRef(), module.id());
  }

  private static boolean isCourseStaff(KenesSession session) {
    return session.kind() == KenesSession.Kind.LTI
        && session.role().atLeast(KenesRole.INSTRUCTOR)
        && session.contextRef() != null;
  }

  static NotFound noBank(long moduleId) {
    return new NotFound(
        "bank-not-found", "There is no question bank of module " + moduleId + " that you manage.");
  }
}
