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

  /** The courses (Kenes ids) that deliver at least one module of the program. */
  List<Long> coursesDelivering(long programId);

  /** Whether the course delivers any module of the program. */
  boolean delivers(long contextRef, long programId);

  /** Whether the course delivers this module. */
  boolean deliversModule(long contextRef, long moduleId);
}
