package kz.kenes.analytics.web;

import java.util.List;
import java.util.Locale;
import kz.kenes.analytics.application.ModuleFeedbackQueries.GroupAggregate;
import kz.kenes.analytics.application.ModuleFeedbackQueries.VersionAggregate;
import kz.kenes.analytics.application.ModuleFeedbackReports.GroupReport;
import kz.kenes.analytics.application.ModuleFeedbackReports.VersionReport;
import kz.kenes.analytics.domain.AnswerCounts;
import kz.kenes.analytics.domain.EffectSize;
import kz.kenes.analytics.domain.Moments;
import kz.kenes.analytics.domain.TTestResult;
import kz.kenes.analytics.domain.VersionComparison;

/** The rows of the module feedback page, their numbers formatted; null where withheld. */
final class ModuleReportRows {

  private ModuleReportRows() {}

  /** A rated version; the numbers are formatted, null when withheld. */
  public record VersionRow(
      int version, long n, boolean withheld, String mean, String high, String medium, String low) {}

  /** A stakeholder group's ratings of one version. */
  public record GroupRow(
      int version,
      String group,
      long n,
      boolean withheld,
      String mean,
      String high,
      String medium,
      String low) {}

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

  static VersionRow version(VersionReport v) {
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

  static GroupRow group(GroupReport g, String name) {
    GroupAggregate a = g.aggregate();
    Moments m = a.means();
    if (g.withheld()) {
      return new GroupRow(a.version(), name, m.n(), true, null, null, null, null);
    }
    double n = m.n();
    long medium = m.n() - a.high() - a.dissatisfied();
    return new GroupRow(
        a.version(),
        name,
        m.n(),
        false,
        number(m.mean()),
        percent(a.high() / n),
        percent(medium / n),
        percent(a.dissatisfied() / n));
  }

  static ItemRow item(int version, String code, String text, AnswerCounts counts) {
    return new ItemRow(
        version,
        code,
        text == null ? code : text,
        counts.total(),
        number(counts.moments().mean()),
        List.of(counts.no(), counts.ratherNo(), counts.ratherYes(), counts.yes()));
  }

  static Comparison comparison(VersionComparison c) {
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
        c.welch().value().map(ModuleReportRows::test).orElse("—"),
        c.student().value().map(ModuleReportRows::test).orElse("—"),
        c.cohensD().value().map(ModuleReportRows::effect).orElse("—"));
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

  static String number(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }
}
