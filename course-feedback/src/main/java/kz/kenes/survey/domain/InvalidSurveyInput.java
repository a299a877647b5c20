package kz.kenes.survey.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that breaks a survey rule, with every field at fault and why: {@code items[3].text.kk},
 * {@code answers.E01}. Collected whole, so that a form can mark all its errors at once.
 */
public class InvalidSurveyInput extends RuntimeException {

  private final Map<String, String> fieldErrors;

  public InvalidSurveyInput(Map<String, String> fieldErrors) {
    super(summary(fieldErrors));
    this.fieldErrors = Map.copyOf(new LinkedHashMap<>(fieldErrors));
  }

  public static InvalidSurveyInput of(String field, String message) {
    return new InvalidSurveyInput(Map.of(field, message));
  }

  /** Throws when any error was collected. */
  public static void throwIfAny(Map<String, String> fieldErrors) {
    if (!fieldErrors.isEmpty()) {
      throw new InvalidSurveyInput(fieldErrors);
    }
  }

  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }

  private static String summary(Map<String, String> errors) {
    if (errors.size() == 1) {
      return errors.values().iterator().next();
    }
    return errors.size()
        + " fields are invalid: "
        + String.join("; ", errors.values().stream().limit(5).toList())
        + (errors.size() > 5 ? "; …" : "");
  }
}
