package kz.kenes.analytics.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import kz.kenes.analytics.application.SurveyReport;
import kz.kenes.analytics.application.SurveyReport.GroupReport;
import kz.kenes.analytics.application.SurveyReport.ItemGroup;
import kz.kenes.analytics.application.SurveyReport.ItemReport;
import kz.kenes.analytics.domain.AnswerCounts;
import kz.kenes.analytics.domain.EffectSize;
import kz.kenes.analytics.domain.Outcome;
import kz.kenes.analytics.domain.Reliability;
import kz.kenes.analytics.domain.ScaleSummary;
import kz.kenes.analytics.domain.TTestResult;
import kz.kenes.analytics.domain.Table2;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.i18n.Messages;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.StaticAssets;
import kz.kenes.platform.web.Views;
import kz.kenes.survey.domain.SatisfactionLevel;
import kz.kenes.survey.domain.ScaleAnswer;

/**
 * Turns a {@link SurveyReport} into the report page's variables: numbers formatted in the page's
 * language (unavailable statistics as a dash with their explanation), and the charts' data as JSON
 * in {@code data-chart} attributes for {@code report.js} (no inline script: the CSP forbids it).
 */
@ApplicationScoped
public class ReportPage {

  static final String DASH = Table2.NOT_AVAILABLE;
  private static final Jsonb JSONB = JsonbBuilder.create();

  @Inject Views views;
  @Inject Messages messages;

  public ReportPage() {}

  /** Outside the container (tests). */
  public ReportPage(Views views, Messages messages) {
    this.views = views;
    this.messages = messages;
  }

  /** A cell: its text and, when the statistic is not available, why. */
  public record Cell(String text, String why) {
    static Cell of(String text) {
      return new Cell(text, null);
    }
  }

  public record Table2Line(
      String group, String level, String before, String after, Cell t, boolean first, int span) {}

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

  public record AlphaLine(String round, Cell all, List<Map.Entry<String, Cell>> groups) {}

  public record DistributionLine(
      String item,
      String text,
      boolean reversed,
      String round,
      List<String> percents,
      String n,
      String mean) {}

  public record OptionLine(String item, String text, String option, String before, String after) {}

  public record RoundOption(long id, String label, boolean before, boolean after) {}

  public String render(PageRequest request, SurveyReport report) {
    Locale locale = request.locale();
    String lang = locale.getLanguage();
    String path = "/app/surveys/" + report.surveyId() + "/report";
    Map<String, String> query = new LinkedHashMap<>();
    query.put("before", String.valueOf(report.before().id()));
    report.after().ifPresent(a -> query.put("after", String.valueOf(a.id())));
    PageModel page = request.page("report.title", path, query);
    String api = "/api/surveys/" + report.surveyId() + "/export/";
    Map<String, String> langQuery = Map.of("lang", lang);
    page.with("section", "report")
        .with("reportCssUrl", StaticAssets.shared().url("report.css"))
        .with("reportJsUrl", StaticAssets.shared().url("report.js"))
        .with("echartsUrl", StaticAssets.shared().url("echarts.min.js"))
        .with("surveyTitle", report.title())
        .with("formAction", path)
        .with("comparable", report.comparable())
        .with("empty", report.responses() == 0)
        .with("responses", report.responses())
        .with("beforeLabel", report.before().label())
        .with("afterLabel", report.after().map(SurveyReport.RoundSummary::label).orElse(null))
        .with("roundOptions", roundOptions(report))
        .with("csvUrl", page.link(api + "responses.csv", Map.of()))
        .with("codebookUrl", page.link(api + "codebook.csv", langQuery))
        .with("spssUrl", page.link(api + "responses.sps", langQuery))
        .with("table2", table2(report, locale))
        .with("groupLines", report.groups().stream().map(g -> groupLine(g, locale)).toList())
        .with("moduleTitles", report.modules().stream().map(m -> m.title()).toList())
        .with(
            "modules",
            report.modules().stream()
                .map(
                    m ->
                        Map.entry(
                            m.title() == null ? "" : m.title(),
                            m.groups().stream().map(g -> groupLine(g, locale)).toList()))
                .toList())
        .with("alphaLines", alphaLines(report, locale))
        .with("distributions", distributions(report, locale))
        .with("options", options(report, locale))
        .with("levelChart", JSONB.toJson(levelChart(report, locale)))
        .with("itemChart", JSONB.toJson(itemChart(report, locale)));
    return views.render("analytics/report", locale, page.asMap());
  }

  private static List<RoundOption> roundOptions(SurveyReport report) {
    long after = report.after().map(SurveyReport.RoundSummary::id).orElse(-1L);
    return report.rounds().stream()
        .map(
            r ->
                new RoundOption(r.id(), r.label(), r.id() == report.before().id(), r.id() == after))
        .toList();
  }

  private List<Table2Line> table2(SurveyReport report, Locale locale) {
    List<Table2Line> lines = new ArrayList<>();
    for (GroupReport group : report.groups()) {
      boolean first = true;
      for (SatisfactionLevel level : SatisfactionLevel.values()) {
        Optional<Table2.Row> row = report.table2().row(group.code(), level);
        Cell t = row.map(r -> outcome(r.t(), x -> r.tLabel(locale))).orElse(Cell.of(DASH));
        lines.add(
            new Table2Line(
                group.name().in(locale.getLanguage()),
                levelName(level, locale),
                Table2.Row.percentLabel(group.before().levelPercent(level), locale),
                report.comparable()
                    ? Table2.Row.percentLabel(group.after().levelPercent(level), locale)
                    : DASH,
                t,
                first,
                SatisfactionLevel.values().length));
        first = false;
      }
    }
    return lines;
  }

  private GroupLine groupLine(GroupReport g, Locale locale) {
    return new GroupLine(
        g.name().in(locale.getLanguage()),
        String.valueOf(g.before().n()),
        number(g.before().mean(), locale),
        number(g.before().standardDeviation(), locale),
        String.valueOf(g.after().n()),
        number(g.after().mean(), locale),
        number(g.after().standardDeviation(), locale),
        g.comparison().map(c -> test(c.student(), locale)).orElse(Cell.of(DASH)),
        g.comparison().map(c -> test(c.welch(), locale)).orElse(Cell.of(DASH)),
        g.comparison().map(c -> effect(c.effectSize(), locale)).orElse(Cell.of(DASH)),
        g.paired().map(p -> test(p, locale)).orElse(Cell.of(DASH)),
        g.comparison()
            .map(
                c ->
                    outcome(
                        c.levels(),
                        r ->
                            String.format(
                                locale,
                                "χ² = %.2f (%d), %s%s",
                                r.chiSquare(),
                                r.degreesOfFreedom(),
                                p(r.pValue(), locale),
                                r.mark().symbol())))
            .orElse(Cell.of(DASH)));
  }

  private List<AlphaLine> alphaLines(SurveyReport report, Locale locale) {
    return report.reliability().stream()
        .map(
            r -> {
              List<Map.Entry<String, Cell>> groups = new ArrayList<>();
              r.byGroup()
                  .forEach(
                      (code, alpha) ->
                          groups.add(
                              Map.entry(groupName(report, code, locale), alpha(alpha, locale))));
              return new AlphaLine(r.label(), alpha(r.all(), locale), groups);
            })
        .toList();
  }

  private List<DistributionLine> distributions(SurveyReport report, Locale locale) {
    List<DistributionLine> lines = new ArrayList<>();
    for (ItemReport item : report.items()) {
      if (!"scale".equals(item.kind())) {
        continue;
      }
      lines.add(distribution(item, report.before().label(), pooled(item, true), locale));
      if (report.comparable()) {
        lines.add(
            distribution(item, report.after().orElseThrow().label(), pooled(item, false), locale));
      }
    }
    return lines;
  }

  private DistributionLine distribution(
      ItemReport item, String round, AnswerCounts counts, Locale locale) {
    List<String> percents = new ArrayList<>();
    for (ScaleAnswer answer : ScaleAnswer.values()) {
      percents.add(Table2.Row.percentLabel(counts.percent(answer), locale));
    }
    OptionalDouble mean =
        counts.total() == 0 ? OptionalDouble.empty() : OptionalDouble.of(counts.moments().mean());
    return new DistributionLine(
        item.code(),
        item.text().in(locale.getLanguage()),
        item.reversed(),
        round,
        percents,
        String.valueOf(counts.total()),
        number(mean, locale));
  }

  private List<OptionLine> options(SurveyReport report, Locale locale) {
    List<OptionLine> lines = new ArrayList<>();
    for (ItemReport item : report.items()) {
      if (!"single".equals(item.kind()) && !"multiple".equals(item.kind())) {
        continue;
      }
      int count = item.groups().isEmpty() ? 0 : item.groups().get(0).options().size();
      for (int i = 0; i < count; i++) {
        final int index = i;
        long before = item.groups().stream().mapToLong(g -> g.options().get(index).before()).sum();
        long after = item.groups().stream().mapToLong(g -> g.options().get(index).after()).sum();
        var option = item.groups().get(0).options().get(i);
        lines.add(
            new OptionLine(
                item.code(),
                item.text().in(locale.getLanguage()),
                option.text() == null ? option.code() : option.text().in(locale.getLanguage()),
                String.valueOf(before),
                report.comparable() ? String.valueOf(after) : DASH));
      }
    }
    return lines;
  }

  static AnswerCounts pooled(ItemReport item, boolean before) {
    AnswerCounts total = AnswerCounts.EMPTY;
    for (ItemGroup g : item.groups()) {
      total = total.plus((before ? g.before() : g.after()).frequencies());
    }
    return total;
  }

  /**
   * One stacked bar per group and round (the baseline's and the follow-up's side by side), split
   * into the three levels: three legend entries, labels short enough to read.
   */
  private Map<String, Object> levelChart(SurveyReport report, Locale locale) {
    List<String> categories = new ArrayList<>();
    List<List<Double>> values = new ArrayList<>();
    for (int l = 0; l < SatisfactionLevel.values().length; l++) {
      values.add(new ArrayList<>());
    }
    for (GroupReport g : report.groups()) {
      String name = g.name().in(locale.getLanguage());
      addLevelBar(categories, values, name + "\n" + shortRound(true, locale), g.before());
      if (report.comparable()) {
        addLevelBar(categories, values, name + "\n" + shortRound(false, locale), g.after());
      }
    }
    List<Map<String, Object>> series = new ArrayList<>();
    for (SatisfactionLevel level : SatisfactionLevel.values()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("name", levelName(level, locale));
      one.put("stack", "levels");
      one.put("level", level.name().toLowerCase(Locale.ROOT));
      one.put("data", values.get(level.ordinal()));
      series.add(one);
    }
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("categories", categories);
    chart.put("series", series);
    chart.put("unit", "%");
    return chart;
  }

  private static void addLevelBar(
      List<String> categories, List<List<Double>> values, String label, ScaleSummary summary) {
    categories.add(label);
    for (SatisfactionLevel level : SatisfactionLevel.values()) {
      OptionalDouble p = summary.levelPercent(level);
      values
          .get(level.ordinal())
          .add(p.isPresent() ? Math.round(p.getAsDouble() * 10) / 10.0 : null);
    }
  }

  private String shortRound(boolean before, Locale locale) {
    return messages.text(locale, before ? "report.col.before" : "report.col.after");
  }

  private Map<String, Object> itemChart(SurveyReport report, Locale locale) {
    List<String> categories = new ArrayList<>();
    List<List<Double>> values = new ArrayList<>();
    for (int a = 0; a < 4; a++) {
      values.add(new ArrayList<>());
    }
    for (ItemReport item : report.items()) {
      if (!"scale".equals(item.kind())) {
        continue;
      }
      addItemBar(
          categories, values, item.code() + " · " + shortRound(true, locale), pooled(item, true));
      if (report.comparable()) {
        addItemBar(
            categories,
            values,
            item.code() + " · " + shortRound(false, locale),
            pooled(item, false));
      }
    }
    List<Map<String, Object>> series = new ArrayList<>();
    for (ScaleAnswer answer : ScaleAnswer.values()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put(
          "name", answer.score() + " " + messages.text(locale, "survey.scale." + answer.score()));
      one.put("stack", "answers");
      one.put("level", "a" + answer.score());
      one.put("data", values.get(answer.score()));
      series.add(one);
    }
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("categories", categories);
    chart.put("series", series);
    chart.put("unit", "%");
    chart.put("horizontal", true);
    return chart;
  }

  private static void addItemBar(
      List<String> categories, List<List<Double>> values, String label, AnswerCounts counts) {
    categories.add(label);
    for (ScaleAnswer answer : ScaleAnswer.values()) {
      OptionalDouble p = counts.percent(answer);
      values.get(answer.score()).add(p.isPresent() ? Math.round(p.getAsDouble() * 10) / 10.0 : 0.0);
    }
  }

  private String groupName(SurveyReport report, String code, Locale locale) {
    return report.groups().stream()
        .filter(g -> g.code().equals(code))
        .findFirst()
        .map(g -> g.name().in(locale.getLanguage()))
        .orElse(code);
  }

  private String levelName(SatisfactionLevel level, Locale locale) {
    return messages.text(locale, "report.level." + level.name().toLowerCase(Locale.ROOT));
  }

  static Cell test(Outcome<TTestResult> outcome, Locale locale) {
    return outcome(
        outcome,
        r ->
            String.format(
                locale,
                "%.2f%s (%s), %s",
                r.t(),
                r.mark().symbol(),
                df(r.degreesOfFreedom(), locale),
                p(r.pValue(), locale)));
  }

  static Cell effect(Outcome<EffectSize> outcome, Locale locale) {
    return outcome(
        outcome, e -> String.format(locale, "%.2f [%.2f; %.2f]", e.d(), e.lower(), e.upper()));
  }

  static Cell alpha(Outcome<Reliability> outcome, Locale locale) {
    return outcome(
        outcome,
        r -> String.format(locale, "%.3f (k = %d, n = %d)", r.alpha(), r.items(), r.respondents()));
  }

  static <T> Cell outcome(Outcome<T> outcome, java.util.function.Function<T, String> format) {
    if (outcome instanceof Outcome.Unavailable<T> u) {
      return new Cell(DASH, u.explanation());
    }
    return Cell.of(format.apply(outcome.orElseThrow()));
  }

  /** A p-value as papers print it: three decimals, or {@code p < 0.001}. */
  static String p(double p, Locale locale) {
    return p < 0.001 ? "p < 0.001" : String.format(locale, "p = %.3f", p);
  }

  static String df(double df, Locale locale) {
    return df == Math.rint(df) ? String.valueOf((long) df) : String.format(locale, "%.1f", df);
  }

  static String number(OptionalDouble value, Locale locale) {
    return value.isPresent() ? String.format(locale, "%.2f", value.getAsDouble()) : DASH;
  }
}
