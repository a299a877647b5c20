package kz.kenes.analytics.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.kenes.analytics.domain.AnswerCounts;
import kz.kenes.analytics.domain.GroupComparison;
import kz.kenes.analytics.domain.LevelAggregate;
import kz.kenes.analytics.domain.Outcome;
import kz.kenes.analytics.domain.Reliability;
import kz.kenes.analytics.domain.ScaleSummary;
import kz.kenes.analytics.domain.TTestResult;
import kz.kenes.analytics.domain.Table2;
import kz.kenes.survey.domain.LevelCutoffs;
import kz.kenes.survey.domain.Translations;

/**
 * The before/after analysis of one survey: a baseline and (when the survey has two rounds) a
 * follow-up round, per stakeholder group the descriptive statistics and the comparison, the papers'
 * Table 2, per item and per module summaries and Cronbach's alpha per round. With one round only
 * {@link #after} is empty and nothing is compared.
 */
public record SurveyReport(
    long surveyId,
    String title,
    List<RoundSummary> rounds,
    RoundSummary before,
    Optional<RoundSummary> after,
    List<GroupReport> groups,
    Table2 table2,
    List<ItemReport> items,
    List<ModuleReport> modules,
    List<RoundReliability> reliability) {

  /** Whether two rounds are compared. */
  public boolean comparable() {
    return after.isPresent();
  }

  /**
   * Table 2 as the page prints it, every cell from one place: the compared {@link #table2}, or with
   * one round the baseline's level shares alone, the follow-up's shares and t unavailable ({@link
   * Outcome.Reason#MISSING_ROUND}).
   */
  public Table2 printedTable2() {
    if (comparable()) {
      return table2;
    }
    Map<String, LevelAggregate> baseline = new LinkedHashMap<>();
    groups.forEach(g -> baseline.put(g.code(), g.before().levels()));
    return Table2.compare(baseline, Map.of());
  }

  /** Submitted responses in the compared rounds. */
  public long responses() {
    return before.responses() + after.map(RoundSummary::responses).orElse(0L);
  }

  /** A round with its level cut-offs and its number of submitted responses. */
  public record RoundSummary(
      long id, int position, String kind, String label, LevelCutoffs cutoffs, long responses) {}

  /** One group: its summaries per round and, with two rounds, the comparison. */
  public record GroupReport(
      String code,
      Translations name,
      ScaleSummary before,
      ScaleSummary after,
      Optional<GroupComparison> comparison,
      Optional<Outcome<TTestResult>> paired,
      long pairs) {}

  /** An item matched across the rounds by its code. */
  public record ItemReport(
      String code,
      String kind,
      boolean reversed,
      Translations text,
      String module,
      List<ItemGroup> groups) {

    public boolean isScale() {
      return "scale".equals(kind);
    }

    /** A single or multiple choice item. */
    public boolean isChoice() {
      return "single".equals(kind) || "multiple".equals(kind);
    }

    /** The scored answers of all groups in the baseline round. */
    public AnswerCounts pooledBefore() {
      return groups.stream()
          .map(g -> g.before().frequencies())
          .reduce(AnswerCounts.EMPTY, AnswerCounts::plus);
    }

    /** The scored answers of all groups in the follow-up round. */
    public AnswerCounts pooledAfter() {
      return groups.stream()
          .map(g -> g.after().frequencies())
          .reduce(AnswerCounts.EMPTY, AnswerCounts::plus);
    }
  }

  /**
   * One group's answers to an item: for a scale item the summaries of scored answers; for a choice
   * item the option counts; for an open item the number of answers (in {@code answersBefore} and
   * {@code answersAfter}).
   */
  public record ItemGroup(
      String group,
      ScaleSummary before,
      ScaleSummary after,
      List<OptionCount> options,
      long answersBefore,
      long answersAfter) {}

  /** How often an option was chosen in each round. */
  public record OptionCount(String code, Translations text, long before, long after) {}

  /** The scale score over a module's items, per group. */
  public record ModuleReport(long moduleId, String title, List<GroupReport> groups) {}

  /** Cronbach's alpha of a round over all respondents and per group. */
  public record RoundReliability(
      long roundId,
      String label,
      Outcome<Reliability> all,
      Map<String, Outcome<Reliability>> byGroup) {}
}
