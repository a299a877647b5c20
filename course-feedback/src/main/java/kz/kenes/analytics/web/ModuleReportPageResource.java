package kz.kenes.analytics.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.kenes.analytics.application.ModuleFeedbackQueries.VersionAggregate;
import kz.kenes.analytics.application.ModuleFeedbackReports;
import kz.kenes.analytics.application.ModuleFeedbackReports.ModuleReport;
import kz.kenes.analytics.application.ModuleFeedbackReports.VersionReport;
import kz.kenes.analytics.domain.AnswerCounts;
import kz.kenes.analytics.domain.EffectSize;
import kz.kenes.analytics.domain.Moments;
import kz.kenes.analytics.domain.TTestResult;
import kz.kenes.analytics.domain.VersionComparison;
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import kz.kenes.program.domain.ProgramModule;
import kz.kenes.survey.application.ModuleFeedbackInstrument;
import kz.kenes.survey.domain.InstrumentItem;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The instructor's module feedback page ({@code /app/course/module-feedback?module=&version=}): the
 * modules the course delivers to choose from, and for the chosen one the report of {@link
 * ModuleFeedbackReports} (docs/module-feedback.md), withheld breakdowns saying why.
 */
@Path(ModuleReportPageResource.PATH)
public class ModuleReportPageResource {

  public static final String PATH = "/app/course/module-feedback";

  @Inject PageSessions pages;
  @Inject ModuleFeedbackReports reports;
  @Inject ModuleFeedbackInstrument instrument;
  @Inject Views views;

  /** A module to choose. */
  public record ModuleChoice(String title, String code, String href, boolean chosen) {}

  /** A rated version; the numbers are formatted, null when withheld. */
  public record VersionRow(
      int version, long n, boolean withheld, String mean, String high, String medium, String low) {}

  /** An item's answers in one version. */
  public record ItemRow(
      int version, String code, String text, long n, String mean, List<Long> distribution) {}

  /** The comparison, formatted. */
  public record Comparison(
      int previous,
      int current,
      boolean withheld,
      String previousMean,
      String currentMean,
      String welch,
      String student,
      String d) {}

  /** A filter of the open answers by version. */
  public record VersionLink(String label, String href, boolean current) {}

  /** An open answer. */
  public record OpenRow(int version, String item, String text) {}

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response page(
      @BeanParam PageParams params,
      @QueryParam("module") Long moduleId,
      @QueryParam("version") Integer version) {
    PageRequest request = pages.open(params);
    List<ProgramModule> modules = reports.modulesOf(request.session());
    Locale locale = request.locale();
    String language = locale.getLanguage();
    Map<String, String> query = new HashMap<>();
    if (moduleId != null) {
      query.put("module", moduleId.toString());
    }
    PageModel page = request.page("module.report.title", PATH, query);
    long chosen = moduleId != null ? moduleId : modules.isEmpty() ? -1 : modules.get(0).id();
    List<ModuleChoice> choices = new ArrayList<>();
    for (ProgramModule m : modules) {
      choices.add(
          new ModuleChoice(
              m.title(),
              m.code(),
              page.link(PATH, Map.of("module", m.id().toString(), "lang", language)),
              m.id() == chosen));
    }
    page.with("modules", choices);
    if (chosen > 0) {
      describe(page, reports.report(request.session(), chosen, version), version, language);
      List<VersionLink> links = new ArrayList<>();
      links.add(new VersionLink("*", filter(page, chosen, null, language), version == null));
      for (Object v : (List<?>) page.asMap().get("versions")) {
        int number = ((VersionRow) v).version();
        links.add(
            new VersionLink(
                "v" + number,
                filter(page, chosen, number, language),
                Integer.valueOf(number).equals(version)));
      }
      page.with("versionLinks", links);
    }
    return HtmlPages.ok(views.render("analytics/module-report", locale, page.asMap()));
  }

  private static String filter(PageModel page, long module, Integer version, String language) {
    Map<String, String> query = new HashMap<>();
    query.put("module", Long.toString(module));
    query.put("lang", language);
    if (version != null) {
      query.put("version", version.toString());
    }
    return page.link(PATH, query);
  }

  private void describe(PageModel page, ModuleReport report, Integer version, String language) {
    Map<String, String> texts = new HashMap<>();
    for (InstrumentItem item : instrument.current().items()) {
      texts.put(item.code(), item.text().in(language));
    }
    List<VersionRow> versions = new ArrayList<>();
    List<ItemRow> items = new ArrayList<>();
    for (VersionReport v : report.versions()) {
      versions.add(row(v));
      v.items()
          .forEach(
              (code, counts) ->
                  items.add(item(v.aggregate().version(), code, texts.get(code), counts)));
    }
    page.with("report", report.module().title())
        .with("minimum", report.minimum().respondents())
        .with("versions", versions)
        .with("anyWithheld", versions.stream().anyMatch(VersionRow::withheld))
        .with("items", items)
        .with(
            "comparison",
            report.comparison().map(ModuleReportPageResource::comparison).orElse(null))
        .with("chosenVersion", version)
        .with(
            "openAnswers",
            report.openAnswers().stream()
                .map(
                    a ->
                        new OpenRow(
                            a.version(), texts.getOrDefault(a.itemCode(), a.itemCode()), a.text()))
                .toList());
  }

  private static VersionRow row(VersionReport v) {
    VersionAggregate a = v.aggregate();
    Moments m = a.means();
    if (v.withheld()) {
      return new VersionRow(a.version(), m.n(), true, null, null, null, null);
    }
    double n = m.n();
    long medium = m.n() - a.high() - a.dissatisfied();
    return new VersionRow(
        a.version(),
        m.n(),
        false,
        number(m.mean()),
        percent(a.high() / n),
        percent(medium / n),
        percent(a.dissatisfied() / n));
  }

  private static ItemRow item(int version, String code, String text, AnswerCounts counts) {
    return new ItemRow(
        version,
        code,
        text == null ? code : text,
        counts.total(),
        number(counts.moments().mean()),
        List.of(counts.no(), counts.ratherNo(), counts.ratherYes(), counts.yes()));
  }

  private static Comparison comparison(VersionComparison c) {
    if (c.withheld()) {
      return new Comparison(
          c.previousVersion(), c.currentVersion(), true, null, null, null, null, null);
    }
    return new Comparison(
        c.previousVersion(),
        c.currentVersion(),
        false,
        number(c.previous().mean()),
        number(c.current().mean()),
        c.welch().value().map(ModuleReportPageResource::test).orElse("—"),
        c.student().value().map(ModuleReportPageResource::test).orElse("—"),
        c.cohensD().value().map(ModuleReportPageResource::effect).orElse("—"));
  }

  private static String test(TTestResult t) {
    return String.format(
        Locale.ROOT,
        "t = %.2f, df = %.1f, p = %.3f %s",
        t.t(),
        t.degreesOfFreedom(),
        t.pValue(),
        t.mark().symbol());
  }

  private static String effect(EffectSize d) {
    return String.format(Locale.ROOT, "%.2f [%.2f; %.2f]", d.d(), d.lower(), d.upper());
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }
}
