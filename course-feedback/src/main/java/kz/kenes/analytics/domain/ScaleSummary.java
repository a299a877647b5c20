package kz.kenes.analytics.domain;

import java.util.Objects;
import java.util.OptionalDouble;
import kz.kenes.survey.domain.LevelCutoffs;
import kz.kenes.survey.domain.SatisfactionLevel;

/**
 * The descriptive statistics the papers report per group and round (and Kenes also per module and
 * item): n, mean and standard deviation of the respondents' scores, the median answer, the
 * frequencies of 0..3 and the share of respondents at each satisfaction level. The standard
 * deviation is the sample one (divisor {@code n - 1}). With no respondents every statistic is
 * empty; with one there is a mean and a median but no standard deviation; {@link #sufficiency()}
 * says which case applies.
 *
 * @param n respondents
 * @param mean mean score; empty when n = 0
 * @param standardDeviation sample standard deviation of the scores; empty when n < 2
 * @param median median answer on the 0..3 scale, from the frequency table; empty with no answers
 * @param frequencies answers per point of the scale (percentages via {@link AnswerCounts#percent})
 * @param levels respondents per satisfaction level (shares via {@link LevelAggregate#percent})
 */
public record ScaleSummary(
    long n,
    OptionalDouble mean,
    OptionalDouble standardDeviation,
    OptionalDouble median,
    AnswerCounts frequencies,
    LevelAggregate levels) {

  /** How much of the summary the data support. */
  public enum Sufficiency {
    /** No respondents: no statistics, only zero counts ("insufficient data"). */
    NO_DATA,
    /** One respondent: mean and median, but a standard deviation needs two. */
    MEAN_ONLY,
    /** Two respondents or more: every statistic. */
    COMPLETE
  }

  public ScaleSummary {
    Objects.requireNonNull(mean, "mean");
    Objects.requireNonNull(standardDeviation, "standardDeviation");
    Objects.requireNonNull(median, "median");
    Objects.requireNonNull(frequencies, "frequencies");
    Objects.requireNonNull(levels, "levels");
  }

  /** The summary of a scale's aggregate and its respondents' levels. */
  public static ScaleSummary describe(ScaleAggregate aggregate, LevelAggregate levels) {
    Moments scores = aggregate.scores();
    return new ScaleSummary(
        scores.n(),
        scores.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(scores.mean()),
        scores.n() < 2 ? OptionalDouble.empty() : OptionalDouble.of(scores.standardDeviation()),
        aggregate.answers().median(),
        aggregate.answers(),
        levels);
  }

  /** The summary of one item, each answer placed at a level as if it were a mean score. */
  public static ScaleSummary describeItem(AnswerCounts answers, LevelCutoffs cutoffs) {
    return describe(ScaleAggregate.ofItem(answers), LevelAggregate.ofItem(answers, cutoffs));
  }

  public Sufficiency sufficiency() {
    if (n == 0) {
      return Sufficiency.NO_DATA;
    }
    return n == 1 ? Sufficiency.MEAN_ONLY : Sufficiency.COMPLETE;
  }

  /** The percentage of respondents at this level; empty with no respondents. */
  public OptionalDouble levelPercent(SatisfactionLevel level) {
    return levels.percent(level);
  }
}
