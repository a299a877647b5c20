package kz.kenes.survey.domain;

/**
 * How an item's answer counts towards its scale. Most items are worded so that "yes" means
 * satisfied ({@link #DIRECT}); a negatively worded item ("the program ignores employers' needs") is
 * {@link #REVERSED}, scored {@code 3 - x}, so that a high score always means satisfaction.
 */
public enum ItemScoring {
  DIRECT,
  REVERSED;

  /** The score this answer contributes to the scale. */
  public ScaleAnswer score(ScaleAnswer answer) {
    return this == REVERSED ? answer.reversed() : answer;
  }

  /** The score a raw answer 0..3 contributes to the scale. */
  public int score(int rawAnswer) {
    return score(ScaleAnswer.of(rawAnswer)).score();
  }
}
