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
import kz.kenes.analytics.application.ModuleFeedbackQueries.GroupAggregate;
import kz.kenes.analytics.application.ModuleFeedbackQueries.Moderation;
import kz.kenes.analytics.application.ModuleFeedbackQueries.OpenAnswer;
import kz.kenes.analytics.application.ModuleFeedbackQueries.OpenAnswerPage;
import kz.kenes.analytics.application.ModuleFeedbackReports;
import kz.kenes.analytics.application.ModuleFeedbackReports.GroupReport;
import kz.kenes.analytics.application.ModuleFeedbackReports.ModuleReport;
import kz.kenes.analytics.application.ModuleFeedbackReports.VersionReport;
import kz.kenes.analytics.application.OpenAnswerQuery;
import kz.kenes.analytics.domain.AnswerCounts;
import kz.kenes.analytics.domain.Moments;
import kz.kenes.analytics.domain.VersionComparison;
import kz.kenes.identity.api.Authenticator;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.web.QueryInts;
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
      List<GroupView> groups,
      ComparisonView comparison,
      List<OpenAnswerView> openAnswers,
      OpenAnswersPage openAnswersPage) {}

  /**
   * One stakeholder group's ratings of one module version; mean, sd and levels null when withheld
   * (n under the minimum: the group's open answers of that version are then not listed either).
   */
  public record GroupView(
      int version,
      String group,
      long n,
      boolean withheld,
      Double mean,
      Double sd,
      LevelsView levels) {}

  /**
   * Where the listed open answers stand: {@code total} of the filter, {@code hidden} answers of the
   * same filter hidden by moderation, and the page.
   */
  public record OpenAnswersPage(
      long total,
      long hidden,
      int offset,
      int limit,
      Integer version,
      String group,
      String q,
      boolean hiddenOnly,
      boolean ideasOnly) {}

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

  /**
   * An open answer; never a name. {@code ratingId} and {@code itemId} name it for moderation;
   * {@code hiddenReason}, {@code hiddenBy} and {@code hiddenAt} are set for a hidden answer, {@code
   * ideaBy} and {@code ideaAt} for an idea.
   */
  public record OpenAnswerView(
      long ratingId,
      long itemId,
      int version,
      String group,
      String item,
      String text,
      Instant at,
      boolean hidden,
      boolean idea,
      String hiddenReason,
      String hiddenBy,
      Instant hiddenAt,
      String ideaBy,
      Instant ideaAt) {}

  @GET
  @Path("{moduleId}")
  @Operation(
      summary = "The feedback report of a module the course delivers",
      description =
          "No breakdown for fewer respondents than the privacy minimum (5 unless configured):"
              + " withheld is then true and the breakdown null, per version, per group and per"
              + " item; the open answers of a (version, group) under it are not listed. Open"
              + " answers newest first: version, group, q (contained, ignoring case), hidden=true"
              + " for the hidden ones, ideas=true for the ideas only, offset, limit (1..200,"
              + " 50).")
  public ReportView report(
      @PathParam("moduleId") long moduleId,
      @QueryParam("version") String version,
      @QueryParam("group") String group,
      @QueryParam("q") String q,
      @QueryParam("hidden") String hidden,
      @QueryParam("ideas") String ideas,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    KenesSession session = auth.requireSession(headers, null);
    OpenAnswerQuery query =
        OpenAnswerQuery.of(
            version == null ? null : QueryInts.parse("version", version, 1, Integer.MAX_VALUE),
            group,
            q,
            flag("hidden", hidden),
            flag("ideas", ideas),
            offset == null ? 0 : QueryInts.parse("offset", offset, 0, OpenAnswerQuery.MAX_OFFSET),
            limit == null
                ? null
                : QueryInts.parse("limit", limit, 1, ModuleFeedbackReports.MAX_OPEN_ANSWERS));
    return view(reports.report(session, moduleId, query));
  }

  /** A true/false query parameter; absent is false. */
  static boolean flag(String name, String value) {
    if (value == null || value.isBlank() || "false".equalsIgnoreCase(value.strip())) {
      return false;
    }
    if ("true".equalsIgnoreCase(value.strip())) {
      return true;
    }
    throw new InvalidInput(name, "'" + name + "' is true or false.");
  }

  static ReportView view(ModuleReport report) {
    return new ReportView(
        report.module().id(),
        report.module().code(),
        report.module().title(),
        report.module().currentVersion(),
        report.minimum().respondents(),
        report.versions().stream().map(ModuleFeedbackReportResource::version).toList(),
        report.groups().stream().map(ModuleFeedbackReportResource::group).toList(),
        report.comparison().map(ModuleFeedbackReportResource::comparison).orElse(null),
        report.answers().stream().map(ModuleFeedbackReportResource::answer).toList(),
        page(report.openAnswers(), report.query()));
  }

  private static OpenAnswersPage page(OpenAnswerPage page, OpenAnswerQuery q) {
    return new OpenAnswersPage(
        page.total(),
        page.hiddenCount(),
        q.offset(),
        q.limit(),
        q.version(),
        q.group(),
        q.text(),
        q.hidden(),
        q.ideasOnly());
  }

  static OpenAnswerView answer(OpenAnswer a) {
    Moderation m = a.moderation();
    return new OpenAnswerView(
        a.ratingId(),
        a.itemId(),
        a.version(),
        a.group(),
        a.itemCode(),
        a.text(),
        a.at(),
        a.hidden(),
        a.idea(),
        a.hidden() ? m.hiddenReason() : null,
        a.hidden() ? m.hiddenBy() : null,
        a.hidden() ? m.hiddenAt() : null,
        a.idea() ? m.ideaBy() : null,
        a.idea() ? m.ideaAt() : null);
  }

  private static GroupView group(GroupReport g) {
    GroupAggregate a = g.aggregate();
    Moments means = a.means();
    if (g.withheld()) {
      return new GroupView(a.version(), a.group(), means.n(), true, null, null, null);
    }
    return new GroupView(
        a.version(),
        a.group(),
        means.n(),
        false,
        means.mean(),
        means.n() > 1 ? means.standardDeviation() : null,
        levels(means.n(), a.high(), a.dissatisfied()));
  }

  static LevelsView levels(long n, long high, long dissatisfied) {
    double count = n;
    return new LevelsView(
        100 * high / count, 100 * (n - high - dissatisfied) / count, 100 * dissatisfied / count);
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
