package kz.kenes.quiz.domain;

/**
 * The kinds of question a quiz asks, and what a learner's answer to each is: the ids of the chosen
 * choices ({@link #SINGLE_CHOICE}, {@link #MULTIPLE_CHOICE}), {@code true} or {@code false} ({@link
 * #TRUE_FALSE}), one number ({@link #NUMERIC}), one text ({@link #SHORT_TEXT}), {@code
 * <choice>=<target>} pairs ({@link #MATCHING}) or the choice ids in order ({@link #ORDERING}).
 */
public enum QuestionType {
  SINGLE_CHOICE,
  MULTIPLE_CHOICE,
  TRUE_FALSE,
  NUMERIC,
  SHORT_TEXT,
  MATCHING,
  ORDERING;

  /** Whether the question lists choices for the learner (and may shuffle them). */
  public boolean hasChoices() {
    return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == MATCHING || this == ORDERING;
  }
}
