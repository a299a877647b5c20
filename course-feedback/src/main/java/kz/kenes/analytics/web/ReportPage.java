package kz.kenes.analytics.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.kenes.analytics.application.SurveyReport;
import kz.kenes.analytics.application.SurveyReport.RoundSummary;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.i18n.Messages;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.StaticAssets;
import kz.kenes.platform.web.Views;

/**
 * Renders a {@link SurveyReport} as the report page ({@code templates/analytics/report.html}): the
 * page's links (rounds to compare, downloads), its tables ({@link ReportTables}, {@link
 * ItemTables}) and its charts' data ({@link ReportCharts}), numbers written by {@link
 * ReportNumbers}.
 */
@ApplicationScoped
public class ReportPage {

  @Inject Views views;
  @Inject Messages messages;

  public ReportPage() {}

  /** Outside the container (tests). */
  public ReportPage(Views views, Messages messages) {
    this.views = views;
    this.messages = messages;
  }

  /** A round offered for comparison, and whether it is the baseline or the follow-up shown. */
  public record RoundOption(long id, String label, boolean before, boolean after) {}

  public String render(PageRequest request, SurveyReport report) {
    Locale locale = request.locale();
    String path = "/app/surveys/" + report.surveyId() + "/report";
    PageModel page = request.page("report.title", path, roundQuery(report));
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
        .with("afterLabel", report.after().map(RoundSummary::label).orElse(null))
        .with("roundOptions", roundOptions(report))
        .with(
            "openAnswerLinks",
            report.rounds().stream()
                .map(
                    r ->
                        Map.of(
                            "label",
                            r.label(),
                            "url",
                            page.link(
                                SurveyIdeasPageResource.path(report.surveyId(), r.id()), Map.of())))
                .toList());
    downloads(page, report.surveyId(), locale);
    tables(page, report, locale);
    return views.render("analytics/report", locale, page.asMap());
  }

  /** The compared rounds, kept by the language links. */
  private static Map<String, String> roundQuery(SurveyReport report) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("before", String.valueOf(report.before().id()));
    report.after().ifPresent(a -> query.put("after", String.valueOf(a.id())));
    return query;
  }

  private static List<RoundOption> roundOptions(SurveyReport report) {
    long after = report.after().map(RoundSummary::id).orElse(-1L);
    return report.rounds().stream()
        .map(
            r ->
                new RoundOption(r.id(), r.label(), r.id() == report.before().id(), r.id() == after))
        .toList();
  }

  private static void downloads(PageModel page, long surveyId, Locale locale) {
    String api = "/api/surveys/" + surveyId + "/export/";
    Map<String, String> langQuery = Map.of("lang", locale.getLanguage());
    page.with("csvUrl", page.link(api + "responses.csv", Map.of()))
        .with("codebookUrl", page.link(api + "codebook.csv", langQuery))
        .with("spssUrl", page.link(api + "responses.sps", langQuery));
  }

  private void tables(PageModel page, SurveyReport report, Locale locale) {
    ReportTables tables = new ReportTables(messages, locale);
    ItemTables items = new ItemTables(locale);
    ReportCharts charts = new ReportCharts(messages, locale, tables);
    page.with("table2", tables.table2(report))
        .with("groupLines", tables.groupLines(report.groups()))
        .with("moduleTitles", report.modules().stream().map(m -> m.title()).toList())
        .with(
            "modules",
            report.modules().stream()
                .map(
                    m ->
                        Map.entry(
                            m.title() == null ? "" : m.title(), tables.groupLines(m.groups())))
                .toList())
        .with("alphaLines", tables.alphaLines(report))
        .with("distributions", items.distributions(report))
        .with("options", items.options(report))
        .with("levelChart", charts.levelChart(report))
        .with("itemChart", charts.itemChart(report));
  }
}
