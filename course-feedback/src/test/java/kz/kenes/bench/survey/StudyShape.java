package kz.kenes.bench.survey;

import java.util.List;
import java.util.SplittableRandom;

/**
 * How the benchmark's respondents answer: the shape of the papers' Table 2 (follow-up better than
 * baseline in every group, applicants the most satisfied, employers critical, graduates the most
 * dissatisfied at baseline), drawn from a simple latent-trait model. Each respondent has a
 * satisfaction θ on the 0..3 scale, normal around the mean of their group and round; each answer is
 * θ plus the item's own offset plus noise, rounded and clamped to 0..3, so that items correlate
 * (Cronbach's alpha about 0.9) and the level shares move with the means. A respondent linked across
 * rounds keeps most of their θ and moves by the group's change plus a little noise.
 */
final class StudyShape {

  /** Items on the instrument; items 7 and 14 (1-based) are worded negatively. */
  static final int ITEMS = 20;

  static final double HIGH_FROM = 2.5;
  static final double DISSATISFIED_BELOW = 1.5;

  private static final double RESPONDENT_SD = 0.45;
  private static final double ANSWER_NOISE_SD = 0.55;
  private static final double PAIRED_CHANGE_SD = 0.30;

  /**
   * One stakeholder group: its share of each round's respondents and its mean θ per round.
   *
   * @param code the {@code stakeholder_group} code
   * @param share fraction of the respondents of a round
   * @param baselineMean mean θ before the revision
   * @param followUpMean mean θ after it
   */
  record Group(String code, double share, double baselineMean, double followUpMean) {

    double mean(int round) {
      return round == 0 ? baselineMean : followUpMean;
    }
  }

  static final List<Group> GROUPS =
      List.of(
          new Group("applicant", 0.40, 2.20, 2.45),
          new Group("employer", 0.24, 1.55, 1.95),
          new Group("graduate", 0.36, 1.45, 1.95));

  private StudyShape() {}

  static boolean reversed(int item) {
    return item == 6 || item == 13;
  }

  /** A fixed offset per item (-0.25..0.25): some aspects of a program please more than others. */
  static double itemOffset(int item) {
    return ((item * 7) % ITEMS) / (double) (ITEMS - 1) * 0.5 - 0.25;
  }

  static double drawTheta(SplittableRandom random, Group group, int round) {
    return group.mean(round) + RESPONDENT_SD * gaussian(random);
  }

  /** The θ of a linked respondent at follow-up, from their baseline θ. */
  static double followUpTheta(SplittableRandom random, Group group, double baselineTheta) {
    return baselineTheta
        + (group.followUpMean() - group.baselineMean())
        + PAIRED_CHANGE_SD * gaussian(random);
  }

  /**
   * Scores (0..3, as they count towards the scale) of one respondent's {@link #ITEMS} answers into
   * {@code scores}; the raw answer of a reversed item is {@code 3 - score}.
   */
  static void answer(SplittableRandom random, double theta, int[] scores) {
    for (int item = 0; item < ITEMS; item++) {
      double value = theta + itemOffset(item) + ANSWER_NOISE_SD * gaussian(random);
      scores[item] = (int) Math.max(0, Math.min(3, Math.round(value)));
    }
  }

  private static double gaussian(SplittableRandom random) {
    // Box-Muller; SplittableRandom has no nextGaussian on Java 17
    double u = 1.0 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
