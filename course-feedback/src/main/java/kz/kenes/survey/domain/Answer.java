package kz.kenes.survey.domain;

import java.util.List;

/**
 * One checked answer, in the columns of {@code survey_answer}.
 *
 * @param item the item answered
 * @param value a scale answer 0..3, or the index of the chosen option; null otherwise
 * @param score the scale answer as it counts ({@code 3 - value} when reversed); null otherwise
 * @param choices the chosen option codes of a multiple-choice item
 * @param text an open answer
 */
public record Answer(
    InstrumentItem item, Integer value, Integer score, List<String> choices, String text) {

  public Answer {
    choices = choices == null ? List.of() : List.copyOf(choices);
  }

  /** The answer as the respondent gave it: a number, an option code, a list of codes, a text. */
  public Object given() {
    return switch (item.kind()) {
      case SCALE -> value;
      case SINGLE -> item.options().get(value).code();
      case MULTIPLE -> choices;
      case OPEN -> text;
    };
  }
}
