package kz.kenes.survey.domain;

/**
 * An answer on the papers' 4-point satisfaction scale: 0 "no", 1 "rather no", 2 "rather yes", 3
 * "yes". The score is the number stored and averaged; the wording is translated elsewhere.
 */
public enum ScaleAnswer {
  NO(0),
  RATHER_NO(1),
  RATHER_YES(2),
  YES(3);

  /** The lowest score on the scale. */
  public static final int MIN = 0;

  /** The highest score on the scale. */
  public static final int MAX = 3;

  private final int score;

  ScaleAnswer(int score) {
    this.score = score;
  }

  /** The answer with this score; anything outside 0..3 is rejected with the value named. */
  public static ScaleAnswer of(int score) {
    if (score < MIN || score > MAX) {
      throw new IllegalArgumentException(
          "a scale answer is 0 (no), 1 (rather no), 2 (rather yes) or 3 (yes), not " + score);
    }
    return values()[score];
  }

  public int score() {
    return score;
  }

  /** The answer mirrored on the scale ({@code 3 - score}): "no" becomes "yes". */
  public ScaleAnswer reversed() {
    return of(MAX - score);
  }
}
