package kz.kenes.quiz.domain;

import java.util.Map;
import java.util.Objects;

/**
 * A choice of a question (an option, an item to match or to order, a matching target).
 *
 * @param id stable within the question: answers name choices by it
 * @param text by language code ({@code kk}, {@code ru}, {@code en})
 * @param feedback shown after the attempt to a learner who chose it (by language; may be empty)
 */
public record Choice(String id, Map<String, String> text, Map<String, String> feedback) {

  public Choice {
    Objects.requireNonNull(id, "id");
    text = text == null ? Map.of() : Map.copyOf(text);
    feedback = feedback == null ? Map.of() : Map.copyOf(feedback);
  }

  public static Choice of(String id, String englishText) {
    return new Choice(id, Map.of("en", englishText), Map.of());
  }
}
