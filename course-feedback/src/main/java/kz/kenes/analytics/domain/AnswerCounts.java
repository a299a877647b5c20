package kz.kenes.analytics.domain;

import java.util.OptionalDouble;
import kz.kenes.survey.domain.ScaleAnswer;

/**
 * How many answers fell on each point of the 4-point scale: what {@code SELECT value, COUNT(*) …
 * GROUP BY value} returns for an item, or for all items of a scale together. Frequencies,
 * percentages, the median and the moments of the answers follow exactly.
 *
 * @param no answers 0
 * @param ratherNo answers 1
 * @param ratherYes answers 2
 * @param yes answers 3
 */
public record AnswerCounts(long no, long ratherNo, long ratherYes, long yes) {

  /** No answers. */
  public static final AnswerCounts EMPTY = new AnswerCounts(0, 0, 0, 0);

  public AnswerCounts {
    if (no < 0 || ratherNo < 0 || ratherYes < 0 || yes < 0) {
      throw new IllegalArgumentException("answer counts cannot be negative");
    }
  }

  /** The counts of these raw answers, each 0..3. */
  public static AnswerCounts of(int... answers) {
    long[] counts = new long[ScaleAnswer.MAX + 1];
    for (int answer : answers) {
      counts[ScaleAnswer.of(answer).score()]++;
    }
    return ofCounts(counts);
  }

  /** The counts indexed by score: {@code counts[0]} answers "no" … {@code counts[3]} "yes". */
  public static AnswerCounts ofCounts(long... counts) {
    if (counts.length != ScaleAnswer.MAX + 1) {
      throw new IllegalArgumentException("four counts are needed, one per answer 0..3");
    }
    return new AnswerCounts(counts[0], counts[1], counts[2], counts[3]);
  }

  public long count(ScaleAnswer answer) {
    return switch (answer) {
      case NO -> no;
      case RATHER_NO -> ratherNo;
      case RATHER_YES -> ratherYes;
      case YES -> yes;
    };
  }

  public long total() {
    return no + ratherNo + ratherYes + yes;
  }

  /** The percentage of answers at this point; empty when there are no answers. */
  public OptionalDouble percent(ScaleAnswer answer) {
    long total = total();
    return total == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * count(answer) / total);
  }

  /** The counts of both tables together. */
  public AnswerCounts plus(AnswerCounts other) {
    return new AnswerCounts(
        no + other.no, ratherNo + other.ratherNo, ratherYes + other.ratherYes, yes + other.yes);
  }

  /**
   * The median answer: the middle one in order, or the mean of the two middle ones when the count
   * is even (so 1.5 is possible). Empty when there are no answers.
   */
  public OptionalDouble median() {
    long total = total();
    if (total == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((scoreAt((total - 1) / 2) + scoreAt(total / 2)) / 2.0);
  }

  /** The moments of the answers themselves. */
  public Moments moments() {
    long sum = ratherNo + 2 * ratherYes + 3 * yes;
    long sumOfSquares = ratherNo + 4 * ratherYes + 9 * yes;
    return new Moments(total(), sum, sumOfSquares);
  }

  /** The score of the answer at this 0-based position when all answers are put in order. */
  private int scoreAt(long position) {
    long seen = 0;
    for (ScaleAnswer answer : ScaleAnswer.values()) {
      seen += count(answer);
      if (position < seen) {
        return answer.score();
      }
    }
    throw new IllegalArgumentException("position " + position + " beyond " + total() + " answers");
  }
}
