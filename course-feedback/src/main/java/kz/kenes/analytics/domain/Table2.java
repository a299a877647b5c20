package kz.kenes.analytics.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import kz.kenes.survey.domain.SatisfactionLevel;

/**
 * The papers' Table 2 from live data: one row per stakeholder group and satisfaction level, with
 * the share of the group at that level before and after the revision and Student's t between them,
 * marked {@code *} (p < 0.05) or {@code **} (p < 0.01). The shares are percentages of the group's
 * respondents in each round; t is Student's pooled t-test on the 0/1 level mark (see {@link
 * ProportionTests}), signed (positive: the share grew), whereas the papers print |t|.
 *
 * @param rows group by group, each group's levels in {@link SatisfactionLevel} order
 */
public record Table2(List<Row> rows) {

  /** What a cell shows when a statistic is unavailable. */
  public static final String NOT_AVAILABLE = "—";

  public Table2 {
    rows = List.copyOf(rows);
  }

  /**
   * One line of the table.
   *
   * @param group the stakeholder group's code
   * @param level the satisfaction level
   * @param beforePercent share at the level in the baseline round; empty if the group is missing
   * @param afterPercent share at the level in the follow-up round; empty if the group is missing
   * @param t Student's t on the level mark, or why there is none
   */
  public record Row(
      String group,
      SatisfactionLevel level,
      OptionalDouble beforePercent,
      OptionalDouble afterPercent,
      Outcome<TTestResult> t) {

    public Row {
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(beforePercent, "beforePercent");
      Objects.requireNonNull(afterPercent, "afterPercent");
      Objects.requireNonNull(t, "t");
    }

    /** t with two decimals and its mark ({@code "2.31*"}), or {@link #NOT_AVAILABLE}. */
    public String tLabel(Locale locale) {
      return t.value()
          .map(r -> String.format(locale, "%.2f%s", r.t(), r.mark().symbol()))
          .orElse(NOT_AVAILABLE);
    }

    /** A share with one decimal ({@code "7.9"}), or {@link #NOT_AVAILABLE}. */
    public static String percentLabel(OptionalDouble percent, Locale locale) {
      return percent.isPresent()
          ? String.format(locale, "%.1f", percent.getAsDouble())
          : NOT_AVAILABLE;
    }
  }

  /** The table of these groups' comparisons, in the order given. */
  public static Table2 of(List<GroupComparison> comparisons) {
    List<Row> rows = new ArrayList<>();
    for (GroupComparison comparison : comparisons) {
      comparison.levelShares().forEach(share -> rows.add(rowOf(share)));
    }
    return new Table2(rows);
  }

  /**
   * The table straight from level counts per group: groups in the order they first appear in {@code
   * baseline}, then in {@code followUp}; a group absent from a round gets empty shares and an
   * unavailable t ({@link Outcome.Reason#MISSING_ROUND}).
   */
  public static Table2 compare(
      Map<String, LevelAggregate> baseline, Map<String, LevelAggregate> followUp) {
    Set<String> groups = new LinkedHashSet<>(baseline.keySet());
    groups.addAll(followUp.keySet());
    List<Row> rows = new ArrayList<>();
    for (String group : groups) {
      for (SatisfactionLevel level : SatisfactionLevel.values()) {
        LevelAggregate before = baseline.getOrDefault(group, LevelAggregate.EMPTY);
        LevelAggregate after = followUp.getOrDefault(group, LevelAggregate.EMPTY);
        rows.add(rowOf(LevelShareComparison.compare(group, level, before, after)));
      }
    }
    return new Table2(rows);
  }

  /** The groups in row order. */
  public List<String> groups() {
    return rows.stream().map(Row::group).distinct().toList();
  }

  /** The row of a group at a level. */
  public Optional<Row> row(String group, SatisfactionLevel level) {
    return rows.stream().filter(r -> r.group().equals(group) && r.level() == level).findFirst();
  }

  private static Row rowOf(LevelShareComparison share) {
    return new Row(
        share.group(),
        share.level(),
        share.baselinePercent(),
        share.followUpPercent(),
        share.studentT());
  }
}
