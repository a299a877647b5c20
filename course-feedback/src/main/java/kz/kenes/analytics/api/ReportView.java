package kz.kenes.analytics.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.kenes.analytics.api.StatViews.AlphaView;
import kz.kenes.analytics.api.StatViews.ChiSquareView;
import kz.kenes.analytics.api.StatViews.EffectView;
import kz.kenes.analytics.api.StatViews.SummaryView;
import kz.kenes.analytics.api.StatViews.TestView;
import kz.kenes.analytics.application.SurveyReport;
import kz.kenes.analytics.domain.Table2;
import kz.kenes.survey.domain.Translations;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The report as JSON: {@code GET /api/surveys/{id}/report}. */
@Schema(
    description =
        "Before/after analysis of a survey; every statistic says whether it is available.")
public record ReportView(
    long surveyId,
    String title,
    @Schema(description = "false when the survey has one round: descriptives only")
        boolean comparable,
    String message,
    List<RoundView> rounds,
    RoundView before,
    RoundView after,
    long responses,
    List<GroupView> groups,
    List<Table2View> table2,
    List<ItemView> items,
    List<ModuleView> modules,
    List<ReliabilityView> reliability) {

  public record RoundView(
      long id,
      int position,
      String kind,
      String label,
      double highFrom,
      double dissatisfiedBelow,
      long responses) {}

  public record GroupView(
      String code,
      Translations name,
      SummaryView before,
      SummaryView after,
      TestView student,
      TestView welch,
      EffectView cohensD,
      ChiSquareView chiSquare,
      TestView paired,
      long pairs) {}

  public record Table2View(
      String group, String level, Double beforePercent, Double afterPercent, TestView t) {}

  public record OptionView(String code, Translations text, long before, long after) {}

  public record ItemGroupView(
      String group,
      SummaryView before,
      SummaryView after,
      List<OptionView> options,
      long answersBefore,
      long answersAfter) {}

  public record ItemView(
      String code,
      String kind,
      boolean reversed,
      Translations text,
      String module,
      List<ItemGroupView> groups) {}

  public record ModuleView(long moduleId, String title, List<GroupView> groups) {}

  public record ReliabilityView(
      long roundId, String label, AlphaView all, Map<String, AlphaView> byGroup) {}

  static final String ONE_ROUND =
      "The survey has one round: descriptive statistics only, nothing is compared until a"
          + " follow-up round has responses.";

  public static ReportView of(SurveyReport report) {
    return new ReportView(
        report.surveyId(),
        report.title(),
        report.comparable(),
        report.comparable() ? null : ONE_ROUND,
        report.rounds().stream().map(ReportView::round).toList(),
        round(report.before()),
        report.after().map(ReportView::round).orElse(null),
        report.responses(),
        report.groups().stream().map(ReportView::group).toList(),
        report.table2().rows().stream().map(ReportView::row).toList(),
        report.items().stream().map(ReportView::item).toList(),
        report.modules().stream().map(ReportView::module).toList(),
        report.reliability().stream().map(ReportView::reliability).toList());
  }

  static ModuleView module(SurveyReport.ModuleReport m) {
    return new ModuleView(
        m.moduleId(), m.title(), m.groups().stream().map(ReportView::group).toList());
  }

  static ReliabilityView reliability(SurveyReport.RoundReliability r) {
    Map<String, AlphaView> byGroup = new LinkedHashMap<>();
    r.byGroup().forEach((group, alpha) -> byGroup.put(group, StatViews.alpha(alpha)));
    return new ReliabilityView(r.roundId(), r.label(), StatViews.alpha(r.all()), byGroup);
  }

  static RoundView round(SurveyReport.RoundSummary r) {
    return new RoundView(
        r.id(),
        r.position(),
        r.kind(),
        r.label(),
        r.cutoffs().highFrom(),
        r.cutoffs().dissatisfiedBelow(),
        r.responses());
  }

  static GroupView group(SurveyReport.GroupReport g) {
    return new GroupView(
        g.code(),
        g.name(),
        StatViews.summary(g.before()),
        StatViews.summary(g.after()),
        StatViews.mapOrNull(g.comparison(), c -> StatViews.test(c.student())),
        StatViews.mapOrNull(g.comparison(), c -> StatViews.test(c.welch())),
        StatViews.mapOrNull(g.comparison(), c -> StatViews.effect(c.effectSize())),
        StatViews.mapOrNull(g.comparison(), c -> StatViews.chiSquare(c.levels())),
        StatViews.mapOrNull(g.paired(), StatViews::test),
        g.pairs());
  }

  static Table2View row(Table2.Row row) {
    return new Table2View(
        row.group(),
        row.level().name().toLowerCase(Locale.ROOT),
        StatViews.boxed(row.beforePercent()),
        StatViews.boxed(row.afterPercent()),
        StatViews.test(row.t()));
  }

  static ItemView item(SurveyReport.ItemReport item) {
    return new ItemView(
        item.code(),
        item.kind(),
        item.reversed(),
        item.text(),
        item.module(),
        item.groups().stream()
            .map(
                g ->
                    new ItemGroupView(
                        g.group(),
                        StatViews.summary(g.before()),
                        StatViews.summary(g.after()),
                        g.options().stream()
                            .map(o -> new OptionView(o.code(), o.text(), o.before(), o.after()))
                            .toList(),
                        g.answersBefore(),
                        g.answersAfter()))
            .toList());
  }
}
