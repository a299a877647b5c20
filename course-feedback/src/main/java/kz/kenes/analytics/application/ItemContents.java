package kz.kenes.analytics.application;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import kz.kenes.analytics.application.ReportQueries.ItemRow;
import kz.kenes.survey.domain.ItemContent;
import kz.kenes.survey.domain.Translations;

/**
 * The JSON columns the report and the exports read from the survey tables (an item's text and
 * options, a group's name), parsed leniently: what cannot be read is shown by its code.
 */
final class ItemContents {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private ItemContents() {}

  /** Translations from {"kk","ru","en"}; {@code fallback} in every language if unreadable. */
  static Translations translations(String json, String fallback) {
    try {
      Translations t = JSONB.fromJson(json, Translations.class);
      return t == null ? same(fallback) : t;
    } catch (RuntimeException e) {
      return same(fallback);
    }
  }

  /** An item's text and options; its code as text and no options if unreadable. */
  static ItemContent content(ItemRow item) {
    try {
      ItemContent content = JSONB.fromJson(item.content(), ItemContent.class);
      if (content != null) {
        return new ItemContent(
            content.text() == null ? same(item.code()) : content.text(),
            content.options() == null ? List.of() : content.options());
      }
    } catch (RuntimeException e) {
      // fall through: an unreadable content is shown by its code
    }
    return new ItemContent(same(item.code()), List.of());
  }

  private static Translations same(String text) {
    return new Translations(text, text, text);
  }
}
