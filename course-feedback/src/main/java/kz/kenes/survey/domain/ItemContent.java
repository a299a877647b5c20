package kz.kenes.survey.domain;

import java.util.List;

/** What an item says: its question or statement and, for choice items, its options. */
public record ItemContent(Translations text, List<ItemOption> options) {

  public ItemContent {
    options = options == null ? List.of() : List.copyOf(options);
  }
}
