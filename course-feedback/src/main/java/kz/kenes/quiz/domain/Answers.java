package kz.kenes.quiz.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.platform.domain.InvalidInput;

/**
 * A learner's answers in an attempt, by question code, each a list of values ({@link QuestionType}
 * says what they are). Bounded so that no request can store more than a paper asks.
 */
public record Answers(Map<String, List<String>> values) {

  public static final int MAX_VALUES = 50;
  public static final int MAX_VALUE_LENGTH = 1000;

  public Answers {
    values = values == null ? Map.of() : Map.copyOf(values);
  }

  public static Answers none() {
    return new Answers(Map.of());
  }

  /**
   * These answers with {@code given} laid over them, keeping only questions of {@code paper}.
   *
   * @throws InvalidInput for a question the paper does not ask or an answer beyond the bounds
   */
  public Answers merge(Paper paper, Map<String, List<String>> given) {
    Map<String, List<String>> merged = new LinkedHashMap<>(values);
    for (Map.Entry<String, List<String>> e : given.entrySet()) {
      String code = e.getKey();
      if (paper.questions().stream().noneMatch(q -> q.code().equals(code))) {
        throw new InvalidInput("answers." + code, "This attempt asks no question " + code + ".");
      }
      List<String> list = e.getValue() == null ? List.of() : e.getValue();
      if (list.size() > MAX_VALUES
          || list.stream().anyMatch(v -> v == null || v.length() > MAX_VALUE_LENGTH)) {
        throw new InvalidInput(
            "answers." + code, "An answer has at most 50 values of at most 1000 characters.");
      }
      merged.put(code, List.copyOf(list));
    }
    return new Answers(merged);
  }

  public List<String> of(String code) {
    return values.getOrDefault(code, List.of());
  }
}
