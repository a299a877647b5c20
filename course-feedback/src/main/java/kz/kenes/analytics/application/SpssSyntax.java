package kz.kenes.analytics.application;

import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import kz.kenes.platform.i18n.Messages;

/**
 * SPSS syntax (also run by GNU PSPP) that reads {@code responses.csv} and labels it: variable
 * formats, variable labels in the chosen language, the scale's value labels (0 no … 3 yes), the
 * options' labels, and blank strings as missing values.
 */
final class SpssSyntax {

  private final Locale locale;
  private final Messages messages = new Messages();

  SpssSyntax(Locale locale) {
    this.locale = locale;
  }

  void write(List<ExportVariable> variables, Writer out) {
    StringBuilder s = new StringBuilder();
    s.append("* Kenes survey export: run with responses.csv in the working directory.\n");
    s.append("GET DATA /TYPE=TXT /FILE='responses.csv' /ENCODING='UTF8'\n");
    s.append("  /DELIMITERS=',' /QUALIFIER='\"' /ARRANGEMENT=DELIMITED /FIRSTCASE=2\n");
    s.append("  /VARIABLES=\n");
    s.append("    response_id F12.0\n    round A200\n    round_kind A16\n    group A32\n");
    s.append("    submitted_at A19\n    paired A3");
    for (ExportVariable v : variables) {
      s.append("\n    ").append(v.spssName()).append(' ').append(v.spssFormat());
    }
    s.append(".\n\nVARIABLE LABELS\n");
    s.append("  response_id ").append(label("export.var.response_id")).append('\n');
    s.append("  /round ").append(label("export.var.round")).append('\n');
    s.append("  /round_kind ").append(label("export.var.round_kind")).append('\n');
    s.append("  /group ").append(label("export.var.group")).append('\n');
    s.append("  /submitted_at ").append(label("export.var.submitted_at")).append('\n');
    s.append("  /paired ").append(label("export.var.paired"));
    for (ExportVariable v : variables) {
      s.append("\n  /").append(v.spssName()).append(' ');
      s.append(SpssNames.quoted(v.label().in(locale.getLanguage())));
    }
    s.append(".\n");
    List<ExportVariable> scale = variables.stream().filter(ExportVariable::isScale).toList();
    if (!scale.isEmpty()) {
      s.append("\nVALUE LABELS ").append(names(scale)).append('\n');
      for (int value = 0; value <= 3; value++) {
        s.append("  ")
            .append(value)
            .append(' ')
            .append(label("survey.scale." + value))
            .append('\n');
      }
      s.append(".\n");
      s.append("\nMISSING VALUES ").append(names(scale)).append(" (-1).\n");
    }
    for (ExportVariable v : variables) {
      if ("single".equals(v.kind()) && !v.options().isEmpty()) {
        s.append("\nVALUE LABELS ").append(v.spssName());
        v.options()
            .forEach(
                o ->
                    s.append("\n  ")
                        .append(SpssNames.quoted(o.code()))
                        .append(' ')
                        .append(SpssNames.quoted(o.text().in(locale.getLanguage()))));
        s.append(".\n");
        s.append("MISSING VALUES ").append(v.spssName()).append(" ('').\n");
      }
    }
    s.append("\nEXECUTE.\n");
    SurveyExports.write(out, s.toString());
  }

  private String label(String key) {
    return SpssNames.quoted(messages.text(locale, key));
  }

  private static String names(List<ExportVariable> variables) {
    return variables.stream().map(ExportVariable::spssName).collect(Collectors.joining(" "));
  }
}
