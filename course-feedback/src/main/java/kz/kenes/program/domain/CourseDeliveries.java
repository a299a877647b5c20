package kz.kenes.program.domain;

import java.util.List;

/**
 * What a course delivers, as other contexts may ask it: the published interface of {@code program}
 * for questions about {@code context_module}, so that no other context reads that table. The survey
 * context asks it who may run a survey and which surveys a course's learners answer.
 */
public interface CourseDeliveries {

  /** The programs of which the course delivers at least one module. */
  List<Long> programsDeliveredBy(long contextRef);

  /**
   * {@link #programsDeliveredBy} as a page shows it: possibly a few seconds old when changed on
   * another node ({@code platform.persistence.ReadMostly}); decisions read the other.
   */
  List<Long> shownProgramsDeliveredBy(long contextRef);

  /** The courses (Kenes ids) that deliver at least one module of the program. */
  List<Long> coursesDelivering(long programId);

  /** Whether the course delivers any module of the program. */
  boolean delivers(long contextRef, long programId);

  /** Whether the course delivers this module. */
  boolean deliversModule(long contextRef, long moduleId);

  /**
   * The courses that deliver modules of the program, in the order of their first module, each with
   * its course plan's title (null without a plan) and the ids of the program's modules it delivers
   * in the program's order. The certificate context asks it what a program certificate requires.
   */
  List<Delivery> deliveriesOf(long programId);

  /** A course delivering modules of a program. */
  record Delivery(long contextRef, String planTitle, List<Long> moduleIds) {
    public Delivery {
      moduleIds = List.copyOf(moduleIds);
    }
  }
}
