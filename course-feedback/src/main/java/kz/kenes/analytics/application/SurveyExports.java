package kz.kenes.analytics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.kenes.analytics.application.ReportQueries.ItemRow;
import kz.kenes.analytics.application.ReportQueries.RoundRow;
import kz.kenes.analytics.application.ResponseExport.Cell;
import kz.kenes.analytics.application.ResponseExport.ExportedResponse;
import kz.kenes.platform.i18n.Messages;
import kz.kenes.survey.domain.ItemContent;
import kz.kenes.survey.domain.ItemOption;

/**
 * The survey's raw data for statistics packages (docs/exports.md): {@code responses.csv} (one row
 * per submitted response, one column per item code), its codebook and SPSS syntax that reads the
 * CSV with labels. The CSV is written while the responses stream from the database.
 */
@ApplicationScoped
public class SurveyExports {

  /** The fixed columns before the items. */
  public static final List<String> FIXED =
      List.of("response_id", "round", "round_kind", "group", "submitted_at", "paired");

  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  @Inject ReportQueries queries;
  @Inject ResponseExport responses;

  public SurveyExports() {}

  public SurveyExports(ReportQueries queries, ResponseExport responses) {
    this.queries = queries;
    this.responses = responses;
  }

  /** The item columns of every round's version, matched by code, in first-seen order. */
  public List<ExportVariable> variables(long surveyId) {
    List<Long> versions = queries.rounds(surveyId).stream().map(RoundRow::versionId).toList();
    Map<String, List<ItemRow>> byCode = new LinkedHashMap<>();
    for (ItemRow item : queries.items(versions)) {
      byCode.computeIfAbsent(item.code(), c -> new ArrayList<>()).add(item);
    }
    SpssNames names = new SpssNames();
    FIXED.forEach(names::name);
    List<ExportVariable> variables = new ArrayList<>();
    byCode.forEach(
        (code, items) -> {
          ItemRow first = items.get(0);
          ItemContent content = ItemContents.content(first);
          Map<Long, List<ItemOption>> byItem = new LinkedHashMap<>();
          items.forEach(i -> byItem.put(i.id(), ItemContents.content(i).options()));
          variables.add(
              new ExportVariable(
                  code,
                  names.name(code),
                  first.kind(),
                  first.reversed(),
                  content.text(),
                  content.options(),
                  byItem));
        });
    return variables;
  }

  /** Writes responses.csv: BOM, header, one line per response. */
  public void writeResponses(long surveyId, Writer out) {
    List<ExportVariable> variables = variables(surveyId);
    write(out, Csv.BOM);
    List<String> header = new ArrayList<>(FIXED);
    variables.forEach(v -> header.add(v.code()));
    write(out, Csv.line(header));
    Map<Long, ExportVariable> byItem = new LinkedHashMap<>();
    variables.forEach(v -> v.optionsByItemId().keySet().forEach(id -> byItem.put(id, v)));
    responses.forEachResponse(
        surveyId, response -> write(out, Csv.line(row(response, variables, byItem))));
  }

  static List<String> row(
      ExportedResponse response, List<ExportVariable> variables, Map<Long, ExportVariable> byItem) {
    Map<String, String> cells = new LinkedHashMap<>();
    response
        .answers()
        .forEach(
            (itemId, cell) -> {
              ExportVariable variable = byItem.get(itemId);
              if (variable != null) {
                cells.put(
                    variable.code(), value(variable, variable.optionsByItemId().get(itemId), cell));
              }
            });
    List<String> row = new ArrayList<>();
    row.add(String.valueOf(response.id()));
    row.add(response.roundLabel());
    row.add(response.roundKind());
    row.add(response.group());
    row.add(response.submittedAt() == null ? "" : TIME.format(response.submittedAt()));
    row.add(response.paired() ? "yes" : "no");
    variables.forEach(v -> row.add(cells.getOrDefault(v.code(), "")));
    return row;
  }

  static String value(ExportVariable variable, List<ItemOption> options, Cell cell) {
    return switch (variable.kind()) {
      case "scale" -> cell.value() == null ? "" : String.valueOf(cell.value());
      case "single" -> {
        Integer index = cell.value();
        yield index == null || options == null || index < 0 || index >= options.size()
            ? ""
            : options.get(index).code();
      }
      case "multiple" -> cell.choices() == null ? "" : String.join(";", cell.choices().split(","));
      default -> cell.text() == null ? "" : cell.text();
    };
  }

  /** Writes codebook.csv: variable, SPSS name, label, type, values with labels, reversed. */
  public void writeCodebook(long surveyId, Locale locale, Writer out) {
    write(out, Csv.BOM);
    write(out, Csv.line(List.of("variable", "spss_name", "label", "type", "values", "reversed")));
    String lang = locale.getLanguage();
    List<String[]> fixed =
        List.of(
            new String[] {"response_id", "export.var.response_id", "integer"},
            new String[] {"round", "export.var.round", "text"},
            new String[] {"round_kind", "export.var.round_kind", "baseline | follow_up | other"},
            new String[] {"group", "export.var.group", "text"},
            new String[] {"submitted_at", "export.var.submitted_at", "yyyy-MM-dd HH:mm:ss (UTC)"},
            new String[] {"paired", "export.var.paired", "yes | no"});
    Messages messages = new Messages();
    for (String[] f : fixed) {
      write(out, Csv.line(List.of(f[0], f[0], messages.text(locale, f[1]), f[2], "", "")));
    }
    for (ExportVariable v : variables(surveyId)) {
      write(
          out,
          Csv.line(
              List.of(
                  v.code(),
                  v.spssName(),
                  v.label().in(lang),
                  v.kind(),
                  valueLabels(v, locale),
                  v.isScale() ? (v.reversed() ? "yes" : "no") : "")));
    }
  }

  static String valueLabels(ExportVariable v, Locale locale) {
    if (v.isScale()) {
      Messages messages = new Messages();
      List<String> labels = new ArrayList<>();
      for (int value = 0; value <= 3; value++) {
        labels.add(value + "=" + messages.text(locale, "survey.scale." + value));
      }
      return String.join("; ", labels);
    }
    return String.join(
        "; ",
        v.options().stream().map(o -> o.code() + "=" + o.text().in(locale.getLanguage())).toList());
  }

  /** Writes responses.sps: GET DATA for responses.csv, labels, missing values. */
  public void writeSpss(long surveyId, Locale locale, Writer out) {
    new SpssSyntax(locale).write(variables(surveyId), out);
  }

  static void write(Writer out, String text) {
    try {
      out.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
