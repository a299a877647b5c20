package kz.kenes.quiz.domain;

import java.util.List;

/** A list of tags as one stored value (JSON text): a bank question's learning outcomes. */
public record TagList(List<String> items) {
  public TagList {
    items = items == null ? List.of() : List.copyOf(items);
  }
}
