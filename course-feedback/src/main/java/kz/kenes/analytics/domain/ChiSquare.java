package kz.kenes.analytics.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import kz.kenes.survey.domain.SatisfactionLevel;
import org.apache.commons.math3.stat.inference.ChiSquareTest;

/**
 * The chi-square test of independence for the level shares of one group: a table of two rounds
 * (rows) by the satisfaction levels (columns) holding respondent counts. The statistic and p-value
 * come from Commons Math's {@link ChiSquareTest}; a level nobody reached in either round is left
 * out (its expected count would be 0), which lowers the degrees of freedom. Expected counts below 5
 * are reported through {@link ChiSquareResult#expectedCountsAdequate()}, not refused.
 */
public final class ChiSquare {

  private static final ChiSquareTest COMMONS = new ChiSquareTest();

  private ChiSquare() {}

  /** Whether the level distribution differs between the rounds. */
  public static Outcome<ChiSquareResult> testLevels(
      LevelAggregate baseline, LevelAggregate followUp) {
    if (baseline.total() == 0 || followUp.total() == 0) {
      String round = baseline.total() == 0 ? "baseline" : "follow-up";
      return SampleChecks.explain(
          Outcome.Reason.MISSING_ROUND, "no respondents in the %s round", round);
    }
    List<SatisfactionLevel> levels = reachedLevels(baseline, followUp);
    if (levels.size() < 2) {
      return SampleChecks.explain(
          Outcome.Reason.TOO_FEW_LEVELS,
          "every respondent in both rounds is at the %s level: no shares to compare",
          levels.get(0).name().toLowerCase(Locale.ROOT));
    }
    return Outcome.available(
        compute(new long[][] {row(baseline, levels), row(followUp, levels)}, levels));
  }

  private static ChiSquareResult compute(long[][] table, List<SatisfactionLevel> levels) {
    return new ChiSquareResult(
        COMMONS.chiSquare(table),
        levels.size() - 1,
        COMMONS.chiSquareTest(table),
        smallestExpectedCount(table),
        levels);
  }

  private static List<SatisfactionLevel> reachedLevels(
      LevelAggregate baseline, LevelAggregate followUp) {
    List<SatisfactionLevel> levels = new ArrayList<>();
    for (SatisfactionLevel level : SatisfactionLevel.values()) {
      if (baseline.count(level) + followUp.count(level) > 0) {
        levels.add(level);
      }
    }
    return levels;
  }

  private static long[] row(LevelAggregate aggregate, List<SatisfactionLevel> levels) {
    return levels.stream().mapToLong(aggregate::count).toArray();
  }

  /** The smallest expected count: smallest row total × smallest column total / grand total. */
  static double smallestExpectedCount(long[][] table) {
    long[] rowTotals = Arrays.stream(table).mapToLong(row -> Arrays.stream(row).sum()).toArray();
    long[] columnTotals = new long[table[0].length];
    for (long[] row : table) {
      Arrays.setAll(columnTotals, c -> columnTotals[c] + row[c]);
    }
    long total = Arrays.stream(rowTotals).sum();
    double smallestRow = Arrays.stream(rowTotals).min().orElseThrow();
    return smallestRow * Arrays.stream(columnTotals).min().orElseThrow() / total;
  }
}
