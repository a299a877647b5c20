package kz.kenes.analytics.domain;

import java.util.Arrays;
import java.util.Objects;
import kz.kenes.survey.domain.ItemScoring;

/**
 * What the database returns for one scale (or one item) of one group and round: the {@link Moments}
 * of the respondents' scores and the {@link AnswerCounts} of the answers. A respondent's score on a
 * scale is the mean of their scored scale items (reverse-scored items already mirrored); for a
 * single item the score is the answer itself, and {@link #ofItem} derives both parts from the
 * counts.
 *
 * @param scores count, sum and sum of squares of the respondents' scores
 * @param answers how many answers fell on 0, 1, 2 and 3
 */
public record ScaleAggregate(Moments scores, AnswerCounts answers) {

  /** A group that did not answer. */
  public static final ScaleAggregate EMPTY = new ScaleAggregate(Moments.EMPTY, AnswerCounts.EMPTY);

  public ScaleAggregate {
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(answers, "answers");
  }

  /** The aggregate of a single item: each respondent's score is their answer. */
  public static ScaleAggregate ofItem(AnswerCounts answers) {
    return new ScaleAggregate(answers.moments(), answers);
  }

  /**
   * The aggregate of respondents' raw answers, one row per respondent and one column per item,
   * scored with {@code scoring} (one entry per column). Meant for tests and demonstrations; the
   * application asks the database.
   */
  public static ScaleAggregate ofResponses(int[][] rawAnswers, ItemScoring... scoring) {
    double[] scores = new double[rawAnswers.length];
    AnswerCounts answers = AnswerCounts.EMPTY;
    for (int r = 0; r < rawAnswers.length; r++) {
      int[] scored = scoreRow(rawAnswers[r], scoring);
      scores[r] = Arrays.stream(scored).average().orElseThrow();
      answers = answers.plus(AnswerCounts.of(scored));
    }
    return new ScaleAggregate(Moments.of(scores), answers);
  }

  /** One respondent's answers scored item by item. */
  static int[] scoreRow(int[] rawAnswers, ItemScoring... scoring) {
    if (rawAnswers.length == 0 || rawAnswers.length != scoring.length) {
      throw new IllegalArgumentException(
          "each respondent needs one answer per item: "
              + rawAnswers.length
              + " answers for "
              + scoring.length
              + " items");
    }
    int[] scored = new int[rawAnswers.length];
    for (int i = 0; i < rawAnswers.length; i++) {
      scored[i] = scoring[i].score(rawAnswers[i]);
    }
    return scored;
  }
}
