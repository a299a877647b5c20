package kz.kenes.analytics.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import kz.kenes.survey.domain.ScaleAnswer;

/**
 * What Cronbach's alpha needs from the database for one scale, group and round, over the
 * respondents who answered every item of the scale: per item {@code COUNT}, {@code SUM} and {@code
 * SUM} of squares of the scored answers, and the same for each respondent's total score (the sum of
 * their scored items).
 *
 * @param items the moments of each item's scored answers
 * @param total the moments of the respondents' total scores
 */
public record ReliabilityAggregate(List<Moments> items, Moments total) {

  public ReliabilityAggregate {
    items = List.copyOf(items);
    Objects.requireNonNull(total, "total");
  }

  /** The aggregate of a complete matrix of scored answers: one row per respondent. */
  public static ReliabilityAggregate ofScoredAnswers(int[][] scoredAnswers) {
    int itemCount = scoredAnswers.length == 0 ? 0 : scoredAnswers[0].length;
    double[][] columns = new double[itemCount][scoredAnswers.length];
    double[] totals = new double[scoredAnswers.length];
    for (int r = 0; r < scoredAnswers.length; r++) {
      requireLength(scoredAnswers[r], itemCount, r);
      for (int i = 0; i < itemCount; i++) {
        columns[i][r] = ScaleAnswer.of(scoredAnswers[r][i]).score();
        totals[r] += columns[i][r];
      }
    }
    List<Moments> items = Arrays.stream(columns).map(Moments::of).toList();
    return new ReliabilityAggregate(items, Moments.of(totals));
  }

  private static void requireLength(int[] row, int itemCount, int respondent) {
    if (row.length != itemCount) {
      throw new IllegalArgumentException(
          "respondent " + respondent + " has " + row.length + " answers, not " + itemCount);
    }
  }
}
