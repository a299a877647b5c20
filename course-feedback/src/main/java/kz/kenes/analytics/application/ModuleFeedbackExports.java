package kz.kenes.analytics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.kenes.analytics.application.ModuleFeedbackQueries.GroupAggregate;
import kz.kenes.analytics.application.ModuleFeedbackQueries.OpenAnswer;
import kz.kenes.analytics.application.ModuleFeedbackQueries.VersionAggregate;
import kz.kenes.analytics.application.ModuleFeedbackReports.GroupReport;
import kz.kenes.analytics.application.ModuleFeedbackReports.ModuleReport;
import kz.kenes.analytics.application.ModuleFeedbackReports.VersionReport;
import kz.kenes.analytics.application.ProgramOverviews.FieldLine;
import kz.kenes.analytics.application.ProgramOverviews.ModuleLine;
import kz.kenes.analytics.application.ProgramOverviews.Overview;
import kz.kenes.analytics.application.ProgramOverviews.Satisfaction;
import kz.kenes.analytics.domain.AnswerCounts;
import kz.kenes.analytics.domain.Moments;
import kz.kenes.identity.domain.KenesSession;

/**
 * Module feedback as CSV files (docs/exports.md, "Module feedback"), with the conventions of the
 * survey exports ({@link Csv}: UTF-8 with a byte order mark, RFC 4180, formula-safe cells): a
 * module's report in long form (one row per version, per version and group, per version and item),
 * its open answers as the report lists them (shown ones, of cells that reach the privacy minimum),
 * the program overview's modules and fields, and the codebook of all of them. Withheld rows carry
 * only their n.
 */
@ApplicationScoped
public class ModuleFeedbackExports {

  /** The columns of the report file. */
  static final List<String> REPORT_COLUMNS =
      List.of(
          "module",
          "version",
          "group",
          "item",
          "n",
          "withheld",
          "mean",
          "sd",
          "high_share",
          "medium_share",
          "dissatisfied_share",
          "n_0",
          "n_1",
          "n_2",
          "n_3");

  /** The columns of the open answers file. */
  static final List<String> OPEN_COLUMNS =
      List.of("module", "version", "group", "item", "answer", "answered_at", "idea");

  /** The columns of the overview's module file. */
  static final List<String> OVERVIEW_COLUMNS =
      List.of(
          "rank",
          "program",
          "program_name",
          "field",
          "module",
          "module_title",
          "current_version",
          "rated_version",
          "n",
          "withheld",
          "mean",
          "high_share",
          "medium_share",
          "dissatisfied_share",
          "previous_version",
          "previous_mean",
          "trend");

  /** The columns of the overview's field file. */
  static final List<String> FIELD_COLUMNS =
      List.of(
          "rank",
          "field",
          "programs",
          "modules",
          "n",
          "withheld",
          "mean",
          "high_share",
          "medium_share",
          "dissatisfied_share");

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  /** The open answers read per query while writing the file. */
  private static final int OPEN_PAGE = ModuleFeedbackReports.MAX_OPEN_ANSWERS;

  @Inject ModuleFeedbackReports reports;

  /** The module's report: 403 for anyone who may not read it. */
  public void writeReport(KenesSession session, long moduleId, Writer out) {
    ModuleReport report = reports.report(session, moduleId, (Integer) null);
    String module = report.module().code();
    write(out, Csv.BOM + Csv.line(REPORT_COLUMNS));
    for (VersionReport v : report.versions()) {
      VersionAggregate a = v.aggregate();
      write(
          out,
          line(module, a.version(), "*", "*", a.means(), a.high(), a.dissatisfied(), v.withheld()));
      for (GroupReport g : report.groups()) {
        GroupAggregate ga = g.aggregate();
        if (ga.version() == a.version()) {
          write(
              out,
              line(
                  module,
                  a.version(),
                  ga.group(),
                  "*",
                  ga.means(),
                  ga.high(),
                  ga.dissatisfied(),
                  g.withheld()));
        }
      }
      for (Map.Entry<String, AnswerCounts> item : v.items().entrySet()) {
        write(out, itemLine(module, a.version(), item.getKey(), item.getValue()));
      }
    }
  }

  /** The open answers the report lists (shown, of cells that reach the minimum), newest first. */
  public void writeOpenAnswers(KenesSession session, long moduleId, Writer out) {
    write(out, Csv.BOM + Csv.line(OPEN_COLUMNS));
    for (int offset = 0; offset <= OpenAnswerQuery.MAX_OFFSET; offset += OPEN_PAGE) {
      OpenAnswerQuery query = OpenAnswerQuery.of(null, null, null, false, false, offset, OPEN_PAGE);
      ModuleReport report = reports.report(session, moduleId, query);
      for (OpenAnswer a : report.answers()) {
        write(
            out,
            Csv.line(
                values(
                    report.module().code(),
                    a.version(),
                    a.group(),
                    a.itemCode(),
                    a.text(),
                    a.at() == null ? "" : WHEN.format(a.at()),
                    a.idea() ? "yes" : "no")));
      }
      if (report.answers().size() < OPEN_PAGE) {
        return;
      }
    }
  }

  /** The overview's modules, where to revise first. */
  public void writeOverview(Overview overview, Writer out) {
    write(out, Csv.BOM + Csv.line(OVERVIEW_COLUMNS));
    int rank = 0;
    for (ModuleLine m : overview.modules()) {
      Satisfaction s = m.satisfaction();
      write(
          out,
          Csv.line(
              values(
                  ++rank,
                  m.programCode(),
                  m.programName(),
                  m.field(),
                  m.moduleCode(),
                  m.moduleTitle(),
                  m.currentVersion(),
                  m.ratedVersion(),
                  s.n(),
                  s.withheld() ? "yes" : "no",
                  number(s.mean()),
                  number(s.high()),
                  number(s.medium()),
                  number(s.dissatisfied()),
                  m.previousVersion(),
                  number(m.previousMean()),
                  number(m.trend()))));
    }
  }

  /** The overview's fields of education, where to revise first. */
  public void writeFields(Overview overview, Writer out) {
    write(out, Csv.BOM + Csv.line(FIELD_COLUMNS));
    int rank = 0;
    for (FieldLine f : overview.fields()) {
      Satisfaction s = f.satisfaction();
      write(
          out,
          Csv.line(
              values(
                  ++rank,
                  f.field(),
                  f.programs(),
                  f.modules(),
                  s.n(),
                  s.withheld() ? "yes" : "no",
                  number(s.mean()),
                  number(s.high()),
                  number(s.medium()),
                  number(s.dissatisfied()))));
    }
  }

  /**
   * The codebook of the four files (file, variable, label, type, values), and the item codes of the
   * report's {@code item} column with their texts ({@code items}, in the language asked for).
   */
  public void writeCodebook(Map<String, String> items, Writer out) {
    write(out, Csv.BOM + Csv.line(List.of("file", "variable", "label", "type", "values")));
    for (List<String> row : CODEBOOK) {
      write(out, Csv.line(row));
    }
    items.forEach(
        (code, text) ->
            write(
                out,
                Csv.line(
                    List.of("report.csv", "item=" + code, text, "scale or open", SCALE_VALUES))));
  }

  private static final String SCALE_VALUES = "0=No; 1=Rather no; 2=Rather yes; 3=Yes";

  private static final String SHARE = "share of respondents 0..1";

  private static final List<List<String>> CODEBOOK =
      List.of(
          List.of("report.csv", "module", "module code", "code", ""),
          List.of("report.csv", "version", "module version", "number", ""),
          List.of("report.csv", "group", "stakeholder group code; * all groups", "code", ""),
          List.of("report.csv", "item", "item code; * the respondents' mean score", "code", ""),
          List.of("report.csv", "n", "respondents (item rows: answers)", "number", ""),
          List.of(
              "report.csv", "withheld", "n under the privacy minimum: no breakdown", "yes/no", ""),
          List.of("report.csv", "mean", "mean score 0..3", "number", SCALE_VALUES),
          List.of("report.csv", "sd", "standard deviation", "number", ""),
          List.of("report.csv", "high_share", "high level (mean >= 2.5): " + SHARE, "number", ""),
          List.of("report.csv", "medium_share", "medium level: " + SHARE, "number", ""),
          List.of(
              "report.csv",
              "dissatisfied_share",
              "dissatisfied level (mean < 1.5): " + SHARE,
              "number",
              ""),
          List.of("report.csv", "n_0", "answers 0 (no), item rows", "number", ""),
          List.of("report.csv", "n_1", "answers 1 (rather no), item rows", "number", ""),
          List.of("report.csv", "n_2", "answers 2 (rather yes), item rows", "number", ""),
          List.of("report.csv", "n_3", "answers 3 (yes), item rows", "number", ""),
          List.of("open-answers.csv", "answer", "the open answer's text", "text", ""),
          List.of("open-answers.csv", "answered_at", "yyyy-MM-dd HH:mm:ss, UTC", "date", ""),
          List.of("open-answers.csv", "idea", "marked as an idea by staff", "yes/no", ""),
          List.of("overview.csv", "rank", "where to revise first, 1 first", "number", ""),
          List.of("overview.csv", "rated_version", "the latest rated module version", "number", ""),
          List.of(
              "overview.csv", "previous_mean", "mean of the version rated before", "number", ""),
          List.of("overview.csv", "trend", "mean minus previous_mean", "number", ""),
          List.of("overview-fields.csv", "field", "field of education", "text", ""),
          List.of("overview-fields.csv", "programs", "programs of the field", "number", ""),
          List.of("overview-fields.csv", "modules", "modules of the field", "number", ""));

  private static String line(
      String module,
      int version,
      String group,
      String item,
      Moments means,
      long high,
      long dissatisfied,
      boolean withheld) {
    if (withheld) {
      return Csv.line(values(module, version, group, item, means.n(), "yes"));
    }
    double n = means.n();
    return Csv.line(
        values(
            module,
            version,
            group,
            item,
            means.n(),
            "no",
            number(means.mean()),
            means.n() > 1 ? number(means.standardDeviation()) : "",
            number(high / n),
            number((means.n() - high - dissatisfied) / n),
            number(dissatisfied / n)));
  }

  private static String itemLine(String module, int version, String code, AnswerCounts counts) {
    Moments m = counts.moments();
    return Csv.line(
        values(
            module,
            version,
            "*",
            code,
            counts.total(),
            "no",
            number(m.mean()),
            m.n() > 1 ? number(m.standardDeviation()) : "",
            "",
            "",
            "",
            counts.no(),
            counts.ratherNo(),
            counts.ratherYes(),
            counts.yes()));
  }

  private static List<String> values(Object... values) {
    List<String> cells = new ArrayList<>();
    for (Object value : values) {
      cells.add(value == null ? "" : value.toString());
    }
    return cells;
  }

  private static String number(Double value) {
    return value == null ? "" : String.format(Locale.ROOT, "%.4f", value);
  }

  private static void write(Writer out, String text) {
    try {
      out.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
