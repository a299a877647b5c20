package kz.kenes.survey.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates on the respondents' pages, in the page's language and in UTC (said so on the page): Kenes
 * does not know the respondent's time zone. The autosave message uses the browser's clock instead.
 */
final class SurveyDates {

  private SurveyDates() {}

  /** A date and time such as "12 March 2026, 18:00 UTC" ("12 марта 2026 г., 18:00 UTC"). */
  static String dateTime(Instant instant, Locale locale) {
    if (instant == null) {
      return null;
    }
    DateTimeFormatter date =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(locale)
            .withZone(ZoneOffset.UTC);
    DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    return date.format(instant) + ", " + time.format(instant) + " UTC";
  }
}
