package kz.kenes.analytics.domain;

import java.util.Comparator;

/**
 * The order in which a university sees its modules (or fields of education) in the program
 * overview, where to revise first (docs/module-feedback.md, "Program overview"): those shown
 * (enough respondents) before those withheld, and those never rated last; among the shown the
 * lowest mean satisfaction first, then the larger share of dissatisfied respondents, then the
 * larger n (more voices behind the same mean).
 */
public final class RevisionPriority {

  /**
   * What the order reads of one line.
   *
   * @param n respondents
   * @param shown whether n reaches the privacy minimum
   * @param mean the mean satisfaction 0..3 (ignored when not shown)
   * @param dissatisfiedShare the share of dissatisfied respondents 0..1 (ignored when not shown)
   */
  public record Standing(long n, boolean shown, double mean, double dissatisfiedShare) {}

  /** Lines first that need a revision most. */
  public static final Comparator<Standing> FIRST_TO_REVISE =
      Comparator.comparingInt(RevisionPriority::rank)
          .thenComparingDouble(s -> s.shown() ? s.mean() : 0)
          .thenComparingDouble(s -> s.shown() ? -s.dissatisfiedShare() : 0)
          .thenComparingLong(s -> -s.n());

  private RevisionPriority() {}

  private static int rank(Standing s) {
    if (s.shown()) {
      return 0;
    }
    return s.n() > 0 ? 1 : 2;
  }
}
