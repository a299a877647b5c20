package kz.kenes.survey.domain;

/**
 * Where an instrument draws its satisfaction levels on the mean of a respondent's scale items
 * (0..3): {@link SatisfactionLevel#HIGH} from {@code highFrom} up, {@link
 * SatisfactionLevel#DISSATISFIED} below {@code dissatisfiedBelow}, {@link SatisfactionLevel#MEDIUM}
 * in between. Each instrument sets its own; {@link #DEFAULT} is 2.5 and 1.5, the midpoints between
 * "rather yes" and "yes" and between "rather no" and "rather yes".
 *
 * @param highFrom the lowest mean counted as high; at most 3
 * @param dissatisfiedBelow means below it are dissatisfied; above 0 and below {@code highFrom}
 */
public record LevelCutoffs(double highFrom, double dissatisfiedBelow) {

  /** High from 2.5, dissatisfied below 1.5. */
  public static final LevelCutoffs DEFAULT = new LevelCutoffs(2.5, 1.5);

  public LevelCutoffs {
    if (!Double.isFinite(highFrom) || !Double.isFinite(dissatisfiedBelow)) {
      throw new IllegalArgumentException("level cut-offs must be numbers");
    }
    if (highFrom > ScaleAnswer.MAX) {
      throw new IllegalArgumentException(
          "the high level must start at or below 3 so that it can be reached, not " + highFrom);
    }
    if (dissatisfiedBelow <= ScaleAnswer.MIN) {
      throw new IllegalArgumentException(
          "the dissatisfied level must end above 0 so that it can be reached, not "
              + dissatisfiedBelow);
    }
    if (dissatisfiedBelow >= highFrom) {
      throw new IllegalArgumentException(
          "the dissatisfied cut-off ("
              + dissatisfiedBelow
              + ") must lie below the high cut-off ("
              + highFrom
              + ") to leave room for the medium level");
    }
  }

  /** The level of a respondent whose scale items average {@code meanScore} (0..3). */
  public SatisfactionLevel classify(double meanScore) {
    if (!(meanScore >= ScaleAnswer.MIN && meanScore <= ScaleAnswer.MAX)) {
      throw new IllegalArgumentException("a mean score lies between 0 and 3, not " + meanScore);
    }
    if (meanScore >= highFrom) {
      return SatisfactionLevel.HIGH;
    }
    return meanScore < dissatisfiedBelow
        ? SatisfactionLevel.DISSATISFIED
        : SatisfactionLevel.MEDIUM;
  }

  /** The level of a respondent whose {@code itemCount} scored scale items add up to {@code sum}. */
  public SatisfactionLevel classify(long sum, long itemCount) {
    if (itemCount <= 0) {
      throw new IllegalArgumentException("a level needs at least one answered scale item");
    }
    return classify((double) sum / itemCount);
  }
}
