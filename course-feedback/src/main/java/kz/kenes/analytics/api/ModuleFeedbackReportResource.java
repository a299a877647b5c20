package kz.kenes.analytics.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import kz.kenes.analytics.application.ModuleFeedbackReports;
import kz.kenes.analytics.application.ModuleFeedbackReports.ModuleReport;
import kz.kenes.analytics.application.ModuleFeedbackReports.VersionReport;
import kz.kenes.analytics.domain.AnswerCounts;
import kz.kenes.analytics.domain.Moments;
import kz.kenes.analytics.domain.VersionComparison;
import kz.kenes.identity.api.Authenticator;
import kz.kenes.identity.domain.KenesSession;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The module feedback report of a module the caller's course delivers (docs/module-feedback.md):
 * instructors and administrators launched from that course.
 */
@Path("/api/module-feedback/report")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Module feedback")
public class ModuleFeedbackReportResource {

  @Inject Authenticator auth;
  @Inject ModuleFeedbackReports reports;
  @Context HttpHeaders headers;

  /** The report. */
  public record ReportView(
      long moduleId,
      String code,
      String title,
      int currentVersion,
      int minimumRespondents,
      List<VersionView> versions,
      ComparisonView comparison,
      List<OpenAnswerView> openAnswers) {}

  /**
   * A rated module version; mean, sd, levels and items are null when withheld (n under the
   * minimum).
   */
  public record VersionView(
      int version,
      long n,
      boolean withheld,
      Double mean,
      Double sd,
      LevelsView levels,
      List<ItemView> items) {}

  /** Shares of respondents at each level, in percent. */
  public record LevelsView(double high, double medium, double dissatisfied) {}

  /** An item's answers: n, mean, counts of 0..3. */
  public record ItemView(String code, long n, double mean, List<Long> distribution) {}

  /** The current version against the previous one. */
  public record ComparisonView(
      int previousVersion,
      int currentVersion,
      long previousN,
      long currentN,
      boolean withheld,
      Double previousMean,
      Double currentMean,
      StatViews.TestView student,
      StatViews.TestView welch,
      StatViews.EffectView cohensD) {}

  /** An open answer; never a name. */
  public record OpenAnswerView(int version, String item, String text, Instant at) {}

  @GET
  @Path("{moduleId}")
  @Operation(
      summary = "The feedback report of a module the course delivers",
      description =
          "No breakdown for fewer respondents than the privacy minimum (5 unless configured):"
              + " withheld is then true and the breakdown null.")
  public ReportView report(
      @PathParam("moduleId") long moduleId, @QueryParam("version") Integer version) {
    KenesSession session = auth.requireSession(headers, null);
    return view(reports.report(session, moduleId, version));
  }

  static ReportView view(ModuleReport report) {
    return new ReportView(
        report.module().id(),
        report.module().code(),
        report.module().title(),
        report.module().currentVersion(),
        report.minimum().respondents(),
        report.versions().stream().map(ModuleFeedbackReportResource::version).toList(),
        report.comparison().map(ModuleFeedbackReportResource::comparison).orElse(null),
        report.openAnswers().stream()
            .map(a -> new OpenAnswerView(a.version(), a.itemCode(), a.text(), a.at()))
            .toList());
  }

  private static VersionView version(VersionReport v) {
    Moments means = v.aggregate().means();
    if (v.withheld()) {
      return new VersionView(v.aggregate().version(), means.n(), true, null, null, null, null);
    }
    double n = means.n();
    long medium = means.n() - v.aggregate().high() - v.aggregate().dissatisfied();
    return new VersionView(
        v.aggregate().version(),
        means.n(),
        false,
        means.mean(),
        means.n() > 1 ? means.standardDeviation() : null,
        new LevelsView(
            100 * v.aggregate().high() / n,
            100 * medium / n,
            100 * v.aggregate().dissatisfied() / n),
        v.items().entrySet().stream().map(e -> item(e.getKey(), e.getValue())).toList());
  }

  private static ItemView item(String code, AnswerCounts counts) {
    return new ItemView(
        code,
        counts.total(),
        counts.moments().mean(),
        List.of(counts.no(), counts.ratherNo(), counts.ratherYes(), counts.yes()));
  }

  private static ComparisonView comparison(VersionComparison c) {
    if (c.withheld()) {
      return new ComparisonView(
          c.previousVersion(),
          c.currentVersion(),
          c.previous().n(),
          c.current().n(),
          true,
          null,
          null,
          null,
          null,
          null);
    }
    return new ComparisonView(
        c.previousVersion(),
        c.currentVersion(),
        c.previous().n(),
        c.current().n(),
        false,
        c.previous().mean(),
        c.current().mean(),
        StatViews.test(c.student()),
        StatViews.test(c.welch()),
        StatViews.effect(c.cohensD()));
  }
}
