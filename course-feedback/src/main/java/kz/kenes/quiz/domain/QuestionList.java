package kz.kenes.quiz.domain;

import java.util.List;

/** A quiz's questions as one stored value (JSON text on the quiz). */
public record QuestionList(List<Question> items) {
  public QuestionList {
    items = items == null ? List.of() : List.copyOf(items);
  }
}
