package kz.kenes.analytics.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.kenes.analytics.application.ProgramOverviews;
import kz.kenes.analytics.application.ProgramOverviews.FieldLine;
import kz.kenes.analytics.application.ProgramOverviews.ModuleLine;
import kz.kenes.analytics.application.ProgramOverviews.Overview;
import kz.kenes.analytics.application.ProgramOverviews.Satisfaction;
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The administrator's program overview page ({@code /app/admin/module-feedback}): the fields of
 * education and the modules of the university's programs by satisfaction, where to revise first,
 * with the trend against the previous module version ({@link ProgramOverviews}); withheld lines say
 * why; the CSV files a link away.
 */
@Path(ProgramOverviewPageResource.PATH)
public class ProgramOverviewPageResource {

  public static final String PATH = "/app/admin/module-feedback";

  @Inject PageSessions pages;
  @Inject ProgramOverviews overviews;
  @Inject Views views;

  /** A line's satisfaction, formatted; null where withheld. */
  public record Numbers(
      long n, boolean withheld, String mean, String high, String medium, String low) {

    static Numbers of(Satisfaction s) {
      if (s.withheld()) {
        return new Numbers(s.n(), true, null, null, null, null);
      }
      return new Numbers(
          s.n(),
          false,
          ModuleReportRows.number(s.mean()),
          ModuleReportRows.percent(s.high()),
          ModuleReportRows.percent(s.medium()),
          ModuleReportRows.percent(s.dissatisfied()));
    }
  }

  /** A module's line. */
  public record ModuleRow(
      int rank,
      String program,
      String field,
      String module,
      String title,
      Integer version,
      Numbers numbers,
      Integer previousVersion,
      String trend,
      String direction) {}

  /** A field's line. */
  public record FieldRow(int rank, String field, int programs, int modules, Numbers numbers) {}

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response page(@BeanParam PageParams params, @QueryParam("university") String university) {
    PageRequest request = pages.open(params).requireAdmin();
    Long universityId = universityOf(university);
    Overview overview = overviews.overview(request.session(), universityId);
    Locale locale = request.locale();
    Map<String, String> query = new HashMap<>();
    query.put("university", universityId == null ? null : universityId.toString());
    PageModel page = request.page("module.overview.title", PATH, query);
    query.put("lang", locale.getLanguage());
    List<ModuleLine> modules = overview.modules();
    page.with("minimum", overview.minimum().respondents())
        .with(
            "moduleRows",
            java.util.stream.IntStream.range(0, modules.size())
                .mapToObj(i -> moduleRow(i + 1, modules.get(i)))
                .toList())
        .with(
            "fieldRows",
            java.util.stream.IntStream.range(0, overview.fields().size())
                .mapToObj(i -> fieldRow(i + 1, overview.fields().get(i)))
                .toList())
        .with("overviewCsv", page.link("/api/module-feedback/export/overview.csv", query))
        .with("fieldsCsv", page.link("/api/module-feedback/export/overview-fields.csv", query))
        .with("codebookCsv", page.link("/api/module-feedback/export/codebook.csv", query));
    return HtmlPages.ok(views.render("analytics/module-overview", locale, page.asMap()));
  }

  /** A university id; anything else is none (the caller's own). */
  private static Long universityOf(String value) {
    try {
      return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static ModuleRow moduleRow(int rank, ModuleLine m) {
    String direction = null;
    String trend = null;
    if (m.trend() != null) {
      trend = String.format(Locale.ROOT, "%+.2f", m.trend());
      direction = m.trend() > 0 ? "up" : m.trend() < 0 ? "down" : "same";
    }
    return new ModuleRow(
        rank,
        m.programCode() + " " + m.programName(),
        m.field(),
        m.moduleCode(),
        m.moduleTitle(),
        m.ratedVersion(),
        Numbers.of(m.satisfaction()),
        m.previousVersion(),
        trend,
        direction);
  }

  private static FieldRow fieldRow(int rank, FieldLine f) {
    return new FieldRow(rank, f.field(), f.programs(), f.modules(), Numbers.of(f.satisfaction()));
  }
}
