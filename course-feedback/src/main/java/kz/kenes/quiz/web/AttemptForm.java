package kz.kenes.quiz.web;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.quiz.domain.Choice;
import kz.kenes.quiz.domain.Paper;
import kz.kenes.quiz.domain.Question;

/**
 * Reads the answers of an attempt page's form (no JavaScript): {@code a.<code>} holds the chosen
 * choice ids, the true/false word, the number or the text; a matching question posts {@code
 * a.<code>.<item>} = the target chosen for each item, an ordering question {@code a.<code>.<item>}
 * = the position given to each item. Only the paper's questions are read.
 */
final class AttemptForm {

  static final String PREFIX = "a.";

  private AttemptForm() {}

  static Map<String, List<String>> read(Paper paper, MultivaluedMap<String, String> posted) {
    Map<String, List<String>> answers = new LinkedHashMap<>();
    for (Question q : paper.questions()) {
      String name = PREFIX + q.code();
      List<String> values =
          switch (q.type()) {
            case MATCHING -> matching(q, name, posted);
            case ORDERING -> ordering(q, name, posted);
            default -> nonBlank(posted.get(name));
          };
      answers.put(q.code(), values);
    }
    return answers;
  }

  private static List<String> matching(
      Question q, String name, MultivaluedMap<String, String> posted) {
    List<String> pairs = new ArrayList<>();
    for (Choice item : q.choices()) {
      String target = posted.getFirst(name + "." + item.id());
      if (target != null && !target.isBlank()) {
        pairs.add(item.id() + "=" + target.strip());
      }
    }
    return pairs;
  }

  private static List<String> ordering(
      Question q, String name, MultivaluedMap<String, String> posted) {
    record Placed(String id, int position, int shown) {}
    List<Placed> placed = new ArrayList<>();
    for (int i = 0; i < q.choices().size(); i++) {
      String id = q.choices().get(i).id();
      String position = posted.getFirst(name + "." + id);
      if (position == null || position.isBlank()) {
        return List.of(); // not ordered yet
      }
      try {
        placed.add(new Placed(id, Integer.parseInt(position.strip()), i));
      } catch (NumberFormatException e) {
        return List.of();
      }
    }
    return placed.stream()
        .sorted(Comparator.comparingInt(Placed::position).thenComparingInt(Placed::shown))
        .map(Placed::id)
        .toList();
  }

  private static List<String> nonBlank(List<String> values) {
    return values == null
        ? List.of()
        : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
  }
}
