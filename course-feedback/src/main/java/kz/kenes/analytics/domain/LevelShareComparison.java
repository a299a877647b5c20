package kz.kenes.analytics.domain;

import java.util.Objects;
import java.util.OptionalDouble;
import kz.kenes.survey.domain.SatisfactionLevel;

/**
 * One cell group of the papers' Table 2: a group's share at one satisfaction level before and
 * after, with Student's t on the 0/1 level mark and the two-proportion z-test (see {@link
 * ProportionTests}). A round the group did not answer leaves its percentage empty and both tests
 * {@link Outcome.Reason#MISSING_ROUND}.
 *
 * @param group the stakeholder group's code
 * @param level the satisfaction level
 * @param baselinePercent percentage of the group's baseline respondents at the level
 * @param followUpPercent percentage of the group's follow-up respondents at the level
 * @param studentT Student's pooled t-test on the 0/1 mark
 * @param twoProportionZ the pooled two-proportion z-test
 */
public record LevelShareComparison(
    String group,
    SatisfactionLevel level,
    OptionalDouble baselinePercent,
    OptionalDouble followUpPercent,
    Outcome<TTestResult> studentT,
    Outcome<ZTestResult> twoProportionZ) {

  public LevelShareComparison {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(baselinePercent, "baselinePercent");
    Objects.requireNonNull(followUpPercent, "followUpPercent");
    Objects.requireNonNull(studentT, "studentT");
    Objects.requireNonNull(twoProportionZ, "twoProportionZ");
  }

  /** Compares the group's share at {@code level}; an empty aggregate stands for a missing round. */
  public static LevelShareComparison compare(
      String group, SatisfactionLevel level, LevelAggregate baseline, LevelAggregate followUp) {
    return new LevelShareComparison(
        group,
        level,
        baseline.percent(level),
        followUp.percent(level),
        ProportionTests.student(baseline, followUp, level),
        ProportionTests.twoProportionZ(baseline, followUp, level));
  }
}
