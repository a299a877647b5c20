package kz.kenes.program.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import kz.kenes.identity.domain.Courses;
import kz.kenes.identity.domain.UniversityScope;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.program.domain.CourseDeliveries;
import kz.kenes.program.domain.CoursePlan;
import kz.kenes.program.domain.CoursePlanRepository;
import kz.kenes.program.domain.LinkedModuleRepository;
import kz.kenes.program.domain.ProgramModule;
import kz.kenes.program.domain.ProgramRepository;

/**
 * The plan of a course and the program modules it delivers. Who may call is decided by the API (an
 * instructor of that course or an admin); this service checks the course and the input before
 * anything is stored.
 */
@ApplicationScoped
public class CoursePlanning {

  @Inject CoursePlanRepository plans;
  @Inject Courses courses;
  @Inject ProgramRepository programs;
  @Inject ModuleCatalog modules;
  @Inject LinkedModuleRepository linkedModules;
  @Inject CourseDeliveries deliveries;
  @Inject Clock clock;

  /** A module a course delivers, named by its program and code. */
  public record ModuleRef(Long programId, String code) {}

  public CoursePlan plan(long contextRef) {
    requireCourse(contextRef);
    return plans
        .find(contextRef)
        .orElseThrow(() -> new NotFound("Course " + contextRef + " has no plan yet."));
  }

  public CoursePlan writePlan(long contextRef, PlanCommand command) {
    PlanCommand.Valid valid = command.validate();
    requireCourse(contextRef);
    CoursePlan plan = plans.find(contextRef).orElseGet(() -> new CoursePlan(contextRef));
    plan.rewrite(
        valid.title(),
        valid.discipline(),
        valid.trainingDirection(),
        valid.purpose(),
        valid.outline(),
        clock.instant());
    return plans.store(plan);
  }

  public List<ProgramModule> deliveredModules(long contextRef) {
    requireCourse(contextRef);
    return programs.findModulesDeliveredIn(contextRef);
  }

  /**
   * The modules the course of a session delivers. A session's course exists (its row refers to the
   * course's, and is deleted with it), so unlike {@link #deliveredModules} this does not look the
   * course up first: one statement less on every learner's landing page (issue 14).
   */
  public List<ProgramModule> deliveredModulesOfSessionCourse(long contextRef) {
    return programs.findModulesDeliveredIn(contextRef);
  }

  /**
   * {@link #deliveredModulesOfSessionCourse} as a page lists them: most courses deliver no module,
   * and the shown programs (kept a few seconds, {@link CourseDeliveries#shownProgramsDeliveredBy})
   * say so without a statement; a course that delivers some reads them as they are now. Whether a
   * learner may rate a module is decided on the other.
   */
  public List<ProgramModule> shownDeliveredModulesOfSessionCourse(long contextRef) {
    if (deliveries.shownProgramsDeliveredBy(contextRef).isEmpty()) {
      return List.of();
    }
    return programs.findModulesDeliveredIn(contextRef);
  }

  /** Refuses (403) an administrator of another university than the course's. */
  public void requireAdministers(UniversityScope caller, long contextRef) {
    if (caller.operator()) {
      return;
    }
    caller.require(courses.universityOf(contextRef).orElse(-1L), "Course " + contextRef);
  }

  /**
   * The universities whose programs the course may deliver: the one its platform registration
   * serves, none when that registration is bound to no university.
   */
  public UniversityScope scopeOf(long contextRef) {
    return UniversityScope.of(courses.universityOf(contextRef).orElse(null));
  }

  /**
   * Makes the course deliver exactly these modules; every one must exist and belong to a program of
   * the course's university (400 otherwise: the course's authority follows its institution). The
   * course's resource links that pointed at a module no longer delivered point at nothing
   * afterwards.
   */
  public List<ProgramModule> deliverOnly(long contextRef, List<ModuleRef> refs) {
    requireCourse(contextRef);
    UniversityScope course = scopeOf(contextRef);
    List<Long> ids = new ArrayList<>();
    List<ModuleRef> given = refs == null ? List.of() : refs;
    for (int i = 0; i < given.size(); i++) {
      ModuleRef ref = Fields.required("modules[" + i + "]", given.get(i));
      long programId = Fields.required("modules[" + i + "].programId", ref.programId());
      String code = Fields.text("modules[" + i + "].code", ref.code(), 64);
      ProgramModule module = modules.find(programId, code);
      if (!course.reaches(module.program().university().id())) {
        throw new InvalidInput(
            "modules[" + i + "]",
            course.universityId() == null
                ? "This course's platform registration serves no university, so the course"
                    + " delivers no modules: ask the installation's operator to bind it."
                : "Module "
                    + code
                    + " belongs to a program of another university: a course delivers only"
                    + " modules of its own university's programs.");
      }
      ids.add(module.id());
    }
    plans.deliverOnly(contextRef, ids);
    linkedModules.keepOnly(courses.resourceLinksOf(contextRef), ids);
    return programs.findModulesDeliveredIn(contextRef);
  }

  private void requireCourse(long contextRef) {
    if (!courses.exists(contextRef)) {
      throw new NotFound("Kenes knows no course with id " + contextRef + ".");
    }
  }
}
