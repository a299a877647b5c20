package kz.kenes.analytics.web;

import static kz.kenes.analytics.web.ReportNumbers.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import kz.kenes.analytics.application.SurveyReport;
import kz.kenes.analytics.application.SurveyReport.GroupReport;
import kz.kenes.analytics.application.SurveyReport.RoundReliability;
import kz.kenes.analytics.domain.GroupComparison;
import kz.kenes.analytics.domain.Table2;
import kz.kenes.analytics.web.ReportNumbers.Cell;
import kz.kenes.platform.i18n.Messages;
import kz.kenes.survey.domain.SatisfactionLevel;

/**
 * The report page's statistics tables, as lines of text in the page's language: Table 2, the scale
 * score per group (and per module), Cronbach's alpha per round.
 */
final class ReportTables {

  private final Messages messages;
  private final Locale locale;

  ReportTables(Messages messages, Locale locale) {
    this.messages = messages;
    this.locale = locale;
  }

  /** A line of Table 2; the group's name heads its first level's line and spans its levels. */
  public record Table2Line(
      String group, String level, String before, String after, Cell t, boolean first, int span) {}

  /** A group's scale score in both rounds and their comparison. */
  public record GroupLine(
      String group,
      String nBefore,
      String meanBefore,
      String sdBefore,
      String nAfter,
      String meanAfter,
      String sdAfter,
      Cell student,
      Cell welch,
      Cell d,
      Cell paired,
      Cell chi) {}

  /** A round's alpha over all respondents and per group (by group name). */
  public record AlphaLine(String round, Cell all, List<Map.Entry<String, Cell>> groups) {}

  /** Table 2, every cell from {@link SurveyReport#printedTable2()}. */
  List<Table2Line> table2(SurveyReport report) {
    List<Table2Line> lines = new ArrayList<>();
    String previous = null;
    for (Table2.Row row : report.printedTable2().rows()) {
      boolean first = !row.group().equals(previous);
      previous = row.group();
      lines.add(
          new Table2Line(
              groupName(report, row.group()),
              levelName(row.level()),
              ReportNumbers.percent(row.beforePercent(), locale),
              ReportNumbers.percent(row.afterPercent(), locale),
              // one round: the page's notice says why nothing is compared, no cell repeats it
              report.comparable() ? ReportNumbers.t(row, locale) : Cell.EMPTY,
              first,
              SatisfactionLevel.values().length));
    }
    return lines;
  }

  List<GroupLine> groupLines(List<GroupReport> groups) {
    return groups.stream().map(this::groupLine).toList();
  }

  private GroupLine groupLine(GroupReport g) {
    return new GroupLine(
        g.name().in(locale.getLanguage()),
        String.valueOf(g.before().n()),
        number(g.before().mean(), locale),
        number(g.before().standardDeviation(), locale),
        String.valueOf(g.after().n()),
        number(g.after().mean(), locale),
        number(g.after().standardDeviation(), locale),
        compared(g, c -> ReportNumbers.test(c.student(), locale)),
        compared(g, c -> ReportNumbers.test(c.welch(), locale)),
        compared(g, c -> ReportNumbers.effect(c.effectSize(), locale)),
        g.paired().map(p -> ReportNumbers.test(p, locale)).orElse(Cell.EMPTY),
        compared(g, c -> ReportNumbers.chiSquare(c.levels(), locale)));
  }

  private static Cell compared(GroupReport g, Function<GroupComparison, Cell> cell) {
    return g.comparison().map(cell).orElse(Cell.EMPTY);
  }

  List<AlphaLine> alphaLines(SurveyReport report) {
    return report.reliability().stream().map(r -> alphaLine(report, r)).toList();
  }

  private AlphaLine alphaLine(SurveyReport report, RoundReliability r) {
    List<Map.Entry<String, Cell>> groups = new ArrayList<>();
    r.byGroup()
        .forEach(
            (code, alpha) ->
                groups.add(Map.entry(groupName(report, code), ReportNumbers.alpha(alpha, locale))));
    return new AlphaLine(r.label(), ReportNumbers.alpha(r.all(), locale), groups);
  }

  private String groupName(SurveyReport report, String code) {
    return report.groups().stream()
        .filter(g -> g.code().equals(code))
        .findFirst()
        .map(g -> g.name().in(locale.getLanguage()))
        .orElse(code);
  }

  String levelName(SatisfactionLevel level) {
    return messages.text(locale, "report.level." + level.name().toLowerCase(Locale.ROOT));
  }
}
