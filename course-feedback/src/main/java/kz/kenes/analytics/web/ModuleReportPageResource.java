package kz.kenes.analytics.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.kenes.analytics.application.ModuleFeedbackQueries.OpenAnswer;
import kz.kenes.analytics.application.ModuleFeedbackReports;
import kz.kenes.analytics.application.ModuleFeedbackReports.GroupReport;
import kz.kenes.analytics.application.ModuleFeedbackReports.ModuleReport;
import kz.kenes.analytics.application.ModuleFeedbackReports.VersionReport;
import kz.kenes.analytics.application.OpenAnswerQuery;
import kz.kenes.analytics.web.ModuleReportRows.GroupRow;
import kz.kenes.analytics.web.ModuleReportRows.ItemRow;
import kz.kenes.analytics.web.ModuleReportRows.VersionRow;
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.QueryInts;
import kz.kenes.platform.web.Views;
import kz.kenes.program.domain.ProgramModule;
import kz.kenes.survey.application.ModuleFeedbackInstrument;
import kz.kenes.survey.domain.Translations;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The instructor's module feedback page ({@code /app/course/module-feedback?module=}): the modules
 * the course delivers to choose from, and for the chosen one the report of {@link
 * ModuleFeedbackReports} (docs/module-feedback.md) per version and per stakeholder group, withheld
 * breakdowns saying why; the open answers filtered by version, group, a text they contain and
 * ideas, a page at a time, with the moderation forms ({@link ModuleModerationPageResource}) and the
 * hidden answers a link away.
 */
@Path(ModuleReportPageResource.PATH)
public class ModuleReportPageResource {

  public static final String PATH = "/app/course/module-feedback";

  private static final String EXPORTS = "/api/module-feedback/export/";

  /** Open answers per page. */
  static final int PAGE_SIZE = 20;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /** The confirmation of each moderation done, by the {@code done} parameter's value. */
  private static final Map<String, String> DONE =
      Map.of(
          "hide", "module.report.done.hide",
          "unhide", "module.report.done.unhide",
          "mark-idea", "module.report.done.markIdea",
          "unmark-idea", "module.report.done.unmarkIdea",
          "reason-required", "module.report.done.reasonRequired");

  @Inject PageSessions pages;
  @Inject ModuleFeedbackReports reports;
  @Inject ModuleFeedbackInstrument instrument;
  @Inject Views views;

  /** A module to choose. */
  public record ModuleChoice(String title, String code, String href, boolean chosen) {}

  /** An option of a filter's select. */
  public record Option(String value, String label, boolean selected) {}

  /** A (version, group) whose open answers are not listed, under the privacy minimum. */
  public record WithheldCell(int version, String group, long n) {}

  /**
   * An open answer with its moderation; {@code hiddenAt}/{@code ideaAt} formatted, null where not.
   */
  public record OpenRow(
      long ratingId,
      long itemId,
      int version,
      String group,
      String item,
      String text,
      String at,
      boolean hidden,
      boolean idea,
      String hiddenReason,
      String hiddenAt) {}

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response page(
      @BeanParam PageParams params,
      @QueryParam("module") Long moduleId,
      @QueryParam("version") String version,
      @QueryParam("group") String group,
      @QueryParam("q") String q,
      @QueryParam("hidden") String hidden,
      @QueryParam("ideas") String ideas,
      @QueryParam("offset") String offset) {
    PageRequest request = pages.open(params);
    List<ProgramModule> modules = reports.modulesOf(request.session());
    Locale locale = request.locale();
    String language = locale.getLanguage();
    long chosen = moduleId != null ? moduleId : modules.isEmpty() ? -1 : modules.get(0).id();
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("module", chosen > 0 ? Long.toString(chosen) : null);
    filters.put("version", blankToNull(version));
    filters.put("group", blankToNull(group));
    filters.put("q", blankToNull(q));
    filters.put("ideas", "true".equals(ideas) ? "true" : null);
    filters.put("hidden", "true".equals(hidden) ? "true" : null);
    PageModel page = request.page("module.report.title", PATH, filters);
    List<ModuleChoice> choices = new ArrayList<>();
    for (ProgramModule m : modules) {
      choices.add(
          new ModuleChoice(
              m.title(),
              m.code(),
              page.link(PATH, Map.of("module", m.id().toString(), "lang", language)),
              m.id() == chosen));
    }
    page.with("modules", choices)
        .with("path", PATH)
        .with("doneKey", params.done() == null ? null : DONE.get(params.done()))
        .with("doneError", "reason-required".equals(params.done()));
    if (chosen > 0) {
      OpenAnswerQuery query = query(version, group, q, hidden, ideas, offset);
      ModuleReport report = reports.report(request.session(), chosen, query);
      describe(page, report, language);
      filtersOf(page, report, filters, language);
      int start = query.offset();
      page.withPager(
          start,
          report.answers().size(),
          PAGE_SIZE,
          report.openAnswers().total(),
          from -> link(page, filters, language, Map.of("offset", Integer.toString(from))));
    }
    return HtmlPages.ok(views.render("analytics/module-report", locale, page.asMap()));
  }

  /** The open answers asked for: a bad version or offset shows them all from the first. */
  private static OpenAnswerQuery query(
      String version, String group, String q, String hidden, String ideas, String offset) {
    Integer v;
    try {
      v = blankToNull(version) == null ? null : QueryInts.parse("version", version, 1, 10_000);
    } catch (InvalidInput e) {
      v = null;
    }
    int start = Math.min(QueryInts.pageOffset(offset), OpenAnswerQuery.MAX_OFFSET);
    String t = q == null ? null : q.strip();
    if (t != null && t.length() > OpenAnswerQuery.MAX_TEXT) {
      t = t.substring(0, OpenAnswerQuery.MAX_TEXT);
    }
    String g = group == null || !group.strip().matches("[a-z][a-z0-9_-]{0,31}") ? null : group;
    return OpenAnswerQuery.of(
        v,
        g,
        t == null ? null : t.replace("\u0000", ""),
        "true".equals(hidden),
        "true".equals(ideas),
        start,
        PAGE_SIZE);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String link(
      PageModel page, Map<String, String> filters, String language, Map<String, String> more) {
    Map<String, String> query = new HashMap<>(filters);
    query.put("lang", language);
    query.putAll(more);
    return page.link(PATH, query);
  }

  private void filtersOf(
      PageModel page, ModuleReport report, Map<String, String> filters, String language) {
    OpenAnswerQuery q = report.query();
    Map<String, Translations> names = reports.groupNames();
    List<Option> versions = new ArrayList<>();
    versions.add(new Option("", "*", q.version() == null));
    for (VersionReport v : report.versions()) {
      int number = v.aggregate().version();
      versions.add(
          new Option(
              Integer.toString(number), "v" + number, Integer.valueOf(number).equals(q.version())));
    }
    List<Option> groups = new ArrayList<>();
    groups.add(new Option("", "*", q.group() == null));
    report.groups().stream()
        .map(g -> g.aggregate().group())
        .distinct()
        .forEach(
            code ->
                groups.add(new Option(code, name(names, code, language), code.equals(q.group()))));
    Map<String, String> shown = new HashMap<>(filters);
    shown.put("hidden", null);
    Map<String, String> hiddenOnes = new HashMap<>(filters);
    hiddenOnes.put("hidden", "true");
    page.with("versionOptions", versions)
        .with("groupOptions", groups)
        .with("q", q.text())
        .with("filterVersion", q.version())
        .with("filterGroup", q.group())
        .with("ideasOnly", q.ideasOnly())
        .with("showingHidden", q.hidden())
        .with("hiddenCount", report.openAnswers().hiddenCount())
        .with("shownUrl", link(page, shown, language, Map.of()))
        .with("hiddenUrl", link(page, hiddenOnes, language, Map.of()))
        .with("returnTo", link(page, filters, language, Map.of()))
        .with("moderationAction", ModuleModerationPageResource.PATH)
        .with(
            "reportCsv",
            page.link(EXPORTS + "modules/" + report.module().id() + "/report.csv", Map.of()))
        .with(
            "openCsv",
            page.link(EXPORTS + "modules/" + report.module().id() + "/open-answers.csv", Map.of()))
        .with("codebookCsv", page.link(EXPORTS + "codebook.csv", Map.of("lang", language)));
  }

  private void describe(PageModel page, ModuleReport report, String language) {
    Map<String, String> texts = instrument.itemTexts(report.module(), language);
    Map<String, Translations> names = reports.groupNames();
    List<VersionRow> versions = new ArrayList<>();
    List<ItemRow> items = new ArrayList<>();
    for (VersionReport v : report.versions()) {
      versions.add(ModuleReportRows.version(v));
      v.items()
          .forEach(
              (code, counts) ->
                  items.add(
                      ModuleReportRows.item(
                          v.aggregate().version(), code, texts.get(code), counts)));
    }
    List<GroupRow> groups = new ArrayList<>();
    List<WithheldCell> withheldCells = new ArrayList<>();
    for (GroupReport g : report.groups()) {
      String name = name(names, g.aggregate().group(), language);
      groups.add(ModuleReportRows.group(g, name));
      if (g.withheld()) {
        withheldCells.add(
            new WithheldCell(g.aggregate().version(), name, g.aggregate().means().n()));
      }
    }
    page.with("report", report.module().title())
        .with("moduleId", report.module().id())
        .with("minimum", report.minimum().respondents())
        .with("versions", versions)
        .with("groups", groups)
        .with("withheldCells", withheldCells)
        .with("anyWithheld", versions.stream().anyMatch(VersionRow::withheld))
        .with("items", items)
        .with("comparison", report.comparison().map(ModuleReportRows::comparison).orElse(null))
        .with(
            "openAnswers",
            report.answers().stream().map(a -> row(a, texts, names, language)).toList());
  }

  private static OpenRow row(
      OpenAnswer a, Map<String, String> texts, Map<String, Translations> names, String language) {
    return new OpenRow(
        a.ratingId(),
        a.itemId(),
        a.version(),
        name(names, a.group(), language),
        texts.getOrDefault(a.itemCode(), a.itemCode()),
        a.text(),
        a.at() == null ? "" : WHEN.format(a.at()),
        a.hidden(),
        a.idea(),
        a.hidden() ? a.moderation().hiddenReason() : null,
        a.hidden() && a.moderation().hiddenAt() != null
            ? WHEN.format(a.moderation().hiddenAt())
            : null);
  }

  private static String name(Map<String, Translations> names, String code, String language) {
    Translations t = names.get(code);
    return t == null ? code : t.in(language);
  }
}
