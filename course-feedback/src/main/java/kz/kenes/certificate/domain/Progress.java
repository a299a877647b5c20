package kz.kenes.certificate.domain;

import java.util.List;

/**
 * A learner's progress against a course's completion rules: one {@link Condition} per rule, in the
 * order quizzes, overall percentage, surveys.
 */
public record Progress(List<Condition> conditions) {

  public Progress {
    conditions = List.copyOf(conditions);
  }

  /** The kind of a condition. */
  public enum Kind {
    /** A required quiz passed. */
    QUIZ_PASSED,
    /** The minimum overall percentage reached. */
    OVERALL_PERCENT,
    /** A required survey answered. */
    SURVEY_ANSWERED,
    /** A program's required course completed: the learner holds a valid certificate of it. */
    COURSE_COMPLETED
  }

  /**
   * One rule and whether it holds.
   *
   * @param subject the quiz reference, {@code survey:<id>}, {@code course:<id>} or {@code overall}
   * @param required what the rule asks (a percentage for {@link Kind#OVERALL_PERCENT}), else null
   * @param reached what the learner reached (their percentage), else null
   */
  public record Condition(
      Kind kind, String subject, boolean met, Double required, Double reached) {}

  /** Whether there is at least one rule and every rule holds. */
  public boolean complete() {
    return !conditions.isEmpty() && conditions.stream().allMatch(Condition::met);
  }

  /** How many rules hold. */
  public long metCount() {
    return conditions.stream().filter(Condition::met).count();
  }
}
