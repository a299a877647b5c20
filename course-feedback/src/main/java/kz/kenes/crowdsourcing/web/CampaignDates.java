package kz.kenes.crowdsourcing.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates of a campaign's stages as its pages show them: in the page's language, UTC. */
final class CampaignDates {

  private CampaignDates() {}

  static String dateTime(Instant instant, Locale locale) {
    if (instant == null) {
      return null;
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale)
            .withZone(ZoneOffset.UTC)
            .format(instant)
        + " UTC";
  }
}
