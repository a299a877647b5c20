package kz.kenes.analytics.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.kenes.analytics.application.SurveyReport;
import kz.kenes.analytics.application.SurveyReport.GroupReport;
import kz.kenes.analytics.application.SurveyReport.ItemReport;
import kz.kenes.analytics.domain.AnswerCounts;
import kz.kenes.analytics.domain.ScaleSummary;
import kz.kenes.platform.i18n.Messages;
import kz.kenes.survey.domain.SatisfactionLevel;
import kz.kenes.survey.domain.ScaleAnswer;

/**
 * The data of the report page's two charts as JSON for {@code report.js} ({@code data-chart}
 * attributes: no inline script, the CSP forbids it): categories, one stacked series per level or
 * point of the scale, and the unit. Each chart has a table that says the same in text.
 */
final class ReportCharts {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private final Messages messages;
  private final Locale locale;
  private final ReportTables tables;

  ReportCharts(Messages messages, Locale locale, ReportTables tables) {
    this.messages = messages;
    this.locale = locale;
    this.tables = tables;
  }

  /**
   * One stacked bar per group and round (the baseline's and the follow-up's side by side), split
   * into the three levels: three legend entries, the group's name over the round's.
   */
  String levelChart(SurveyReport report) {
    Bars bars = new Bars(SatisfactionLevel.values().length);
    for (GroupReport g : report.groups()) {
      String name = g.name().in(locale.getLanguage());
      bars.add(name + "\n" + roundLabel(true), levels(g.before()));
      if (report.comparable()) {
        bars.add(name + "\n" + roundLabel(false), levels(g.after()));
      }
    }
    List<Map<String, Object>> series = new ArrayList<>();
    for (SatisfactionLevel level : SatisfactionLevel.values()) {
      String key = level.name().toLowerCase(Locale.ROOT);
      series.add(series(tables.levelName(level), "levels", key, bars.values(level.ordinal())));
    }
    return JSONB.toJson(chart(bars.categories, series, false));
  }

  /** One horizontal stacked bar per scale item and round, split into the points of the scale. */
  String itemChart(SurveyReport report) {
    Bars bars = new Bars(ScaleAnswer.values().length);
    for (ItemReport item : report.items()) {
      if (!item.isScale()) {
        continue;
      }
      bars.add(item.code() + " · " + roundLabel(true), answers(item.pooledBefore()));
      if (report.comparable()) {
        bars.add(item.code() + " · " + roundLabel(false), answers(item.pooledAfter()));
      }
    }
    List<Map<String, Object>> series = new ArrayList<>();
    for (ScaleAnswer answer : ScaleAnswer.values()) {
      String name = answer.score() + " " + messages.text(locale, "survey.scale." + answer.score());
      series.add(series(name, "answers", "a" + answer.score(), bars.values(answer.score())));
    }
    return JSONB.toJson(chart(bars.categories, series, true));
  }

  private String roundLabel(boolean before) {
    return messages.text(locale, before ? "report.col.before" : "report.col.after");
  }

  /** A bar's level shares; a group without respondents has no bar. */
  private static List<Double> levels(ScaleSummary summary) {
    List<Double> values = new ArrayList<>();
    for (SatisfactionLevel level : SatisfactionLevel.values()) {
      values.add(ReportNumbers.chartPercent(summary.levelPercent(level)));
    }
    return values;
  }

  /** A bar's shares of the points of the scale; an item without answers is an empty bar. */
  private static List<Double> answers(AnswerCounts counts) {
    List<Double> values = new ArrayList<>();
    for (ScaleAnswer answer : ScaleAnswer.values()) {
      Double p = ReportNumbers.chartPercent(counts.percent(answer));
      values.add(p == null ? 0.0 : p);
    }
    return values;
  }

  private static Map<String, Object> series(
      String name, String stack, String level, List<Double> data) {
    Map<String, Object> one = new LinkedHashMap<>();
    one.put("name", name);
    one.put("stack", stack);
    one.put("level", level);
    one.put("data", data);
    return one;
  }

  private static Map<String, Object> chart(
      List<String> categories, List<Map<String, Object>> series, boolean horizontal) {
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("categories", categories);
    chart.put("series", series);
    chart.put("unit", "%");
    if (horizontal) {
      chart.put("horizontal", true);
    }
    return chart;
  }

  /** Categories and, per series, one value for each of them. */
  private static final class Bars {
    final List<String> categories = new ArrayList<>();
    private final List<List<Double>> values = new ArrayList<>();

    Bars(int series) {
      for (int s = 0; s < series; s++) {
        values.add(new ArrayList<>());
      }
    }

    void add(String category, List<Double> bar) {
      categories.add(category);
      for (int s = 0; s < bar.size(); s++) {
        values.get(s).add(bar.get(s));
      }
    }

    List<Double> values(int series) {
      return values.get(series);
    }
  }
}
