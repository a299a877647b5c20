package kz.kenes.certificate.domain;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Where one learner identity stands in a program, as the program's rules need it: each course that
 * delivers a module of the program, whether the learner holds a valid certificate of it, and their
 * overall quiz percentage there.
 *
 * @param courses the program's courses, in order
 */
public record ProgramStanding(List<CourseResult> courses) {

  public ProgramStanding {
    courses = List.copyOf(courses);
  }

  /**
   * One course of the program.
   *
   * @param contextRef the course (LTI context)
   * @param certified whether the learner holds a valid (not revoked) certificate of the course
   * @param overallPercent the learner's overall percentage over the course's quizzes; empty for a
   *     course without quizzes
   */
  public record CourseResult(long contextRef, boolean certified, OptionalDouble overallPercent) {}
}
