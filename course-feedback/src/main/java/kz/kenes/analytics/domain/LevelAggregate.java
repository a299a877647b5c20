package kz.kenes.analytics.domain;

import java.util.OptionalDouble;
import kz.kenes.survey.domain.LevelCutoffs;
import kz.kenes.survey.domain.SatisfactionLevel;
import kz.kenes.survey.domain.ScaleAnswer;

/**
 * How many respondents of a group and round sit at each satisfaction level: what {@code SUM(CASE
 * WHEN score >= :high …)} returns. Shares, the 0/1 membership moments used to compare a share
 * between rounds, and the row of a chi-square table follow.
 *
 * @param high respondents at the high level
 * @param medium respondents at the medium level
 * @param dissatisfied respondents at the dissatisfied level
 */
public record LevelAggregate(long high, long medium, long dissatisfied) {

  /** No respondents: the aggregate of a group that did not answer. */
  public static final LevelAggregate EMPTY = new LevelAggregate(0, 0, 0);

  public LevelAggregate {
    if (high < 0 || medium < 0 || dissatisfied < 0) {
      throw new IllegalArgumentException("level counts cannot be negative");
    }
  }

  /** The levels of respondents with these mean scale scores. */
  public static LevelAggregate of(LevelCutoffs cutoffs, double... meanScores) {
    long[] counts = new long[SatisfactionLevel.values().length];
    for (double score : meanScores) {
      counts[cutoffs.classify(score).ordinal()]++;
    }
    return new LevelAggregate(counts[0], counts[1], counts[2]);
  }

  /** The levels of an item's answers, each answer read as a mean of one item. */
  public static LevelAggregate ofItem(AnswerCounts answers, LevelCutoffs cutoffs) {
    long[] counts = new long[SatisfactionLevel.values().length];
    for (ScaleAnswer answer : ScaleAnswer.values()) {
      counts[cutoffs.classify(answer.score()).ordinal()] += answers.count(answer);
    }
    return new LevelAggregate(counts[0], counts[1], counts[2]);
  }

  public long count(SatisfactionLevel level) {
    return switch (level) {
      case HIGH -> high;
      case MEDIUM -> medium;
      case DISSATISFIED -> dissatisfied;
    };
  }

  public long total() {
    return high + medium + dissatisfied;
  }

  /** The percentage of respondents at this level; empty when there are none at all. */
  public OptionalDouble percent(SatisfactionLevel level) {
    long total = total();
    return total == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * count(level) / total);
  }

  /** Each respondent marked 1 when at this level and 0 otherwise. */
  public Moments membership(SatisfactionLevel level) {
    return Moments.ofIndicator(count(level), total());
  }
}
