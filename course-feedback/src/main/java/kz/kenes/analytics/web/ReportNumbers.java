package kz.kenes.analytics.web;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Function;
import kz.kenes.analytics.domain.ChiSquareResult;
import kz.kenes.analytics.domain.EffectSize;
import kz.kenes.analytics.domain.Outcome;
import kz.kenes.analytics.domain.Reliability;
import kz.kenes.analytics.domain.TTestResult;
import kz.kenes.analytics.domain.Table2;

/**
 * How the report page writes numbers, in the page's language: statistics as papers print them (t
 * with its mark, df, p to three decimals or {@code p < 0.001}), means to two decimals, shares to
 * one, the Table 2 cells as {@link Table2.Row} labels them, and an unavailable statistic as a dash
 * that carries its explanation ({@link Cell#why()}). The tables and the charts both write through
 * here.
 */
final class ReportNumbers {

  /** What a cell shows when a statistic is unavailable. */
  static final String DASH = Table2.NOT_AVAILABLE;

  private ReportNumbers() {}

  /** A cell: its text and, when the statistic is not available, why. */
  public record Cell(String text, String why) {
    static Cell of(String text) {
      return new Cell(text, null);
    }

    /** A dash without explanation: the statistic is not computed at all. */
    static final Cell EMPTY = Cell.of(ReportNumbers.DASH);
  }

  static Cell test(Outcome<TTestResult> outcome, Locale locale) {
    return outcome(
        outcome,
        r ->
            String.format(
                locale,
                "%.2f%s (%s), %s",
                r.t(),
                r.mark().symbol(),
                df(r.degreesOfFreedom(), locale),
                p(r.pValue(), locale)));
  }

  static Cell effect(Outcome<EffectSize> outcome, Locale locale) {
    return outcome(
        outcome, e -> String.format(locale, "%.2f [%.2f; %.2f]", e.d(), e.lower(), e.upper()));
  }

  static Cell chiSquare(Outcome<ChiSquareResult> outcome, Locale locale) {
    return outcome(
        outcome,
        r ->
            String.format(
                locale,
                "χ² = %.2f (%d), %s%s",
                r.chiSquare(),
                r.degreesOfFreedom(),
                p(r.pValue(), locale),
                r.mark().symbol()));
  }

  static Cell alpha(Outcome<Reliability> outcome, Locale locale) {
    return outcome(
        outcome,
        r -> String.format(locale, "%.3f (k = %d, n = %d)", r.alpha(), r.items(), r.respondents()));
  }

  /** Table 2's t: two decimals and its mark ({@link Table2.Row#tLabel}), or why there is none. */
  static Cell t(Table2.Row row, Locale locale) {
    return outcome(row.t(), r -> row.tLabel(locale));
  }

  static <T> Cell outcome(Outcome<T> outcome, Function<T, String> format) {
    if (outcome instanceof Outcome.Unavailable<T> u) {
      return new Cell(DASH, u.explanation());
    }
    return Cell.of(format.apply(outcome.orElseThrow()));
  }

  /** A p-value as papers print it: three decimals, or {@code p < 0.001}. */
  static String p(double p, Locale locale) {
    return p < 0.001 ? "p < 0.001" : String.format(locale, "p = %.3f", p);
  }

  static String df(double df, Locale locale) {
    return df == Math.rint(df) ? String.valueOf((long) df) : String.format(locale, "%.1f", df);
  }

  /** A mean or standard deviation: two decimals, or a dash. */
  static String number(OptionalDouble value, Locale locale) {
    return value.isPresent() ? String.format(locale, "%.2f", value.getAsDouble()) : DASH;
  }

  /** A share in percent: one decimal ({@link Table2.Row#percentLabel}), or a dash. */
  static String percent(OptionalDouble percent, Locale locale) {
    return Table2.Row.percentLabel(percent, locale);
  }

  /** A share for a chart: rounded to one decimal, or {@code null} (no bar). */
  static Double chartPercent(OptionalDouble percent) {
    return percent.isPresent() ? Math.round(percent.getAsDouble() * 10) / 10.0 : null;
  }
}
