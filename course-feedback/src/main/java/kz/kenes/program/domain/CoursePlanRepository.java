package kz.kenes.program.domain;

import java.util.List;
import java.util.Optional;

/** Where course plans and the modules a course delivers are kept. */
public interface CoursePlanRepository {

  Optional<CoursePlan> find(long contextRef);

  CoursePlan store(CoursePlan plan);

  /** Makes the course deliver exactly these modules (ids of {@link ProgramModule}s). */
  void deliverOnly(long contextRef, List<Long> moduleIds);
}
