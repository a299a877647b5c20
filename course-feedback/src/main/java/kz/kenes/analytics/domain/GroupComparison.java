package kz.kenes.analytics.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import kz.kenes.survey.domain.SatisfactionLevel;

/**
 * Everything Kenes says about one stakeholder group between the baseline and the follow-up round of
 * independent respondents: the mean scale score compared with Student's and Welch's t-tests,
 * Cohen's d with its interval, the chi-square test of the level distribution and, level by level,
 * the change in share. Where respondents are linked across rounds the application adds {@link
 * TTests#paired(Moments)} from the differences; it needs data this comparison does not hold.
 *
 * @param group the stakeholder group's code
 * @param student Student's t-test on the respondents' scale scores
 * @param welch Welch's t-test on the respondents' scale scores
 * @param effectSize Cohen's d with its 95% confidence interval
 * @param levels chi-square test of independence of round and level
 * @param levelShares one comparison per satisfaction level, in {@link SatisfactionLevel} order
 */
public record GroupComparison(
    String group,
    Outcome<TTestResult> student,
    Outcome<TTestResult> welch,
    Outcome<EffectSize> effectSize,
    Outcome<ChiSquareResult> levels,
    List<LevelShareComparison> levelShares) {

  public GroupComparison {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(student, "student");
    Objects.requireNonNull(welch, "welch");
    Objects.requireNonNull(effectSize, "effectSize");
    Objects.requireNonNull(levels, "levels");
    levelShares = List.copyOf(levelShares);
  }

  /**
   * Compares a group's two rounds. A round the group did not answer is passed as {@link
   * Moments#EMPTY} and {@link LevelAggregate#EMPTY}: every test then reports {@link
   * Outcome.Reason#MISSING_ROUND}.
   */
  public static GroupComparison compare(
      String group,
      Moments baselineScores,
      LevelAggregate baselineLevels,
      Moments followUpScores,
      LevelAggregate followUpLevels) {
    return new GroupComparison(
        group,
        TTests.student(baselineScores, followUpScores),
        TTests.welch(baselineScores, followUpScores),
        EffectSize.cohensD(baselineScores, followUpScores),
        ChiSquare.testLevels(baselineLevels, followUpLevels),
        Arrays.stream(SatisfactionLevel.values())
            .map(l -> LevelShareComparison.compare(group, l, baselineLevels, followUpLevels))
            .toList());
  }
}
