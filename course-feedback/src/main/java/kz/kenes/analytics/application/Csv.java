package kz.kenes.analytics.application;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV cells and lines as RFC 4180 writes them (comma separated, CRLF line ends, a cell quoted when
 * it holds a comma, quote, CR or LF, quotes doubled), made safe against formula injection: a cell
 * that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a CR is prefixed with
 * {@code '} so that a spreadsheet shows it as text instead of running it (OWASP "CSV Injection").
 */
public final class Csv {

  /** The UTF-8 byte order mark, so that Excel reads the file as UTF-8. */
  public static final String BOM = "\uFEFF";

  public static final String LINE_END = "\r\n";

  private Csv() {}

  public static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String safe = startsLikeAFormula(value) ? "'" + value : value;
    boolean quote =
        safe.indexOf(',') >= 0
            || safe.indexOf('"') >= 0
            || safe.indexOf('\r') >= 0
            || safe.indexOf('\n') >= 0;
    return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
  }

  public static String line(List<String> values) {
    return values.stream().map(Csv::cell).collect(Collectors.joining(",")) + LINE_END;
  }

  static boolean startsLikeAFormula(String value) {
    char first = value.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }
}
