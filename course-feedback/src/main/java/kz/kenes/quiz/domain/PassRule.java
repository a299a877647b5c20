package kz.kenes.quiz.domain;

import java.util.Objects;

/**
 * When an attempt passes: at least {@code value} percent of the points ({@link Kind#PERCENT}, e.g.
 * 60), or at least {@code value} questions wholly right ({@link Kind#CORRECT}: "5 questions, more
 * than 3 correct" is {@code CORRECT 4}).
 */
public record PassRule(Kind kind, double value) {

  public enum Kind {
    PERCENT,
    CORRECT
  }

  public PassRule {
    Objects.requireNonNull(kind, "kind");
  }

  public static PassRule percent(double percent) {
    return new PassRule(Kind.PERCENT, percent);
  }

  public static PassRule atLeastCorrect(int questions) {
    return new PassRule(Kind.CORRECT, questions);
  }

  public boolean passes(double percent, int correct) {
    return kind == Kind.PERCENT ? percent + 1e-9 >= value : correct >= value;
  }

  /** Why the rule cannot be met by a quiz of {@code questions} questions; null when it can. */
  public String problem(int questions) {
    if (kind == Kind.PERCENT && !(value >= 0 && value <= 100)) {
      return "A pass threshold in percent is between 0 and 100.";
    }
    if (kind == Kind.CORRECT
        && (value != Math.rint(value) || value < 0 || (questions > 0 && value > questions))) {
      return "A pass threshold of right answers is a whole number, at most the questions asked.";
    }
    return null;
  }
}
