package kz.kenes.quiz.domain;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Grades one answer to one question, on the server only. An answer is the list of values the
 * learner gave ({@link QuestionType} says what they are); values that name nothing of the question
 * count as wrong, never as an error, so a tampered form only loses points.
 */
public final class Grading {

  private Grading() {}

  public static Mark grade(Question q, List<String> given) {
    List<String> answer =
        given == null ? List.of() : given.stream().filter(v -> v != null && !v.isBlank()).toList();
    if (answer.isEmpty()) {
      return new Mark(0, q.points(), false, false);
    }
    double share =
        switch (q.type()) {
          case SINGLE_CHOICE, TRUE_FALSE ->
              answer.size() == 1 && q.correct().contains(answer.get(0).strip()) ? 1 : 0;
          case MULTIPLE_CHOICE -> multiple(q, answer);
          case NUMERIC -> numeric(q, answer.get(0)) ? 1 : 0;
          case SHORT_TEXT -> text(q, answer.get(0)) ? 1 : 0;
          case MATCHING -> matching(q, answer);
          case ORDERING -> ordering(q, answer);
        };
    boolean right = share >= 1;
    if (!right && q.partialCredit() == PartialCredit.ALL_OR_NOTHING) {
      share = 0;
    }
    return new Mark(round(share * q.points()), q.points(), right, true);
  }

  private static double multiple(Question q, List<String> answer) {
    Set<String> chosen = new HashSet<>(answer);
    Set<String> right = new HashSet<>(q.correct());
    if (chosen.equals(right)) {
      return 1;
    }
    long hits = chosen.stream().filter(right::contains).count();
    long misses = chosen.size() - hits;
    return Math.max(0, (hits - misses) / (double) right.size());
  }

  private static boolean numeric(Question q, String value) {
    double x;
    try {
      x = Double.parseDouble(value.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      return false;
    }
    double tolerance = q.tolerance() == null ? 0 : q.tolerance();
    return Double.isFinite(x) && Math.abs(x - q.number()) <= tolerance + 1e-9;
  }

  private static boolean text(Question q, String value) {
    String given = normalize(value, q.caseSensitive(), q.ignoreDiacritics());
    return q.accepted().stream()
        .anyMatch(a -> normalize(a, q.caseSensitive(), q.ignoreDiacritics()).equals(given));
  }

  /** Spaces collapsed; case folded unless case counts; accents dropped when they may be. */
  static String normalize(String value, boolean caseSensitive, boolean ignoreDiacritics) {
    String text = value.strip().replaceAll("\\s+", " ");
    if (ignoreDiacritics) {
      text = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
    text = Normalizer.normalize(text, Normalizer.Form.NFC);
    return caseSensitive ? text : text.toLowerCase(Locale.ROOT);
  }

  private static double matching(Question q, List<String> answer) {
    Set<String> right = new HashSet<>(q.correct());
    Set<String> seen = new HashSet<>();
    long hits = 0;
    for (String pair : answer) {
      String choice = pair.split("=", 2)[0];
      if (seen.add(choice) && right.contains(pair.strip())) {
        hits++;
      }
    }
    return hits / (double) right.size();
  }

  private static double ordering(Question q, List<String> answer) {
    List<String> right = q.correct();
    long hits = 0;
    for (int i = 0; i < right.size() && i < answer.size(); i++) {
      if (right.get(i).equals(answer.get(i).strip())) {
        hits++;
      }
    }
    return answer.size() == right.size()
        ? hits / (double) right.size()
        : Math.min(hits, right.size() - 1) / (double) right.size();
  }

  private static double round(double points) {
    return Math.round(points * 10_000) / 10_000.0;
  }
}
