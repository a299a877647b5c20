package kz.kenes.quiz.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Classical item statistics of a quiz's questions over its submitted attempts: the facility (the
 * mean share of the question's points earned, 0..1) and the discrimination (the point-biserial
 * correlation between the question's share and the share of the rest of the attempt, -1..1; null
 * when it cannot be computed: under two attempts or no spread). A question an attempt did not draw
 * does not count for that attempt.
 */
public record QuizStatistics(int attempts, List<QuestionFigures> questions) {

  /** The figures of one question. */
  public record QuestionFigures(
      String code, int answered, Double facility, Double discrimination) {}

  public static QuizStatistics of(
      List<Question> questions, List<QuizAttempt> submitted, PassRule rule) {
    List<QuestionFigures> figures = new ArrayList<>();
    List<QuizGrade> grades = submitted.stream().map(a -> a.grade(rule)).toList();
    for (Question q : questions) {
      List<double[]> pairs = new ArrayList<>();
      for (QuizGrade g : grades) {
        Mark m = g.marks().get(q.code());
        if (m == null) {
          continue;
        }
        double restMax = g.maxScore() - m.max();
        double rest = restMax <= 0 ? 0 : (g.score() - m.points()) / restMax;
        pairs.add(new double[] {m.points() / m.max(), rest});
      }
      Double facility =
          pairs.isEmpty() ? null : pairs.stream().mapToDouble(p -> p[0]).average().orElse(0);
      figures.add(new QuestionFigures(q.code(), pairs.size(), facility, correlation(pairs)));
    }
    return new QuizStatistics(submitted.size(), figures);
  }

  /** Pearson's r of the pairs; null under two pairs or without spread on either side. */
  static Double correlation(List<double[]> pairs) {
    int n = pairs.size();
    if (n < 2) {
      return null;
    }
    double mx = pairs.stream().mapToDouble(p -> p[0]).average().orElse(0);
    double my = pairs.stream().mapToDouble(p -> p[1]).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (double[] p : pairs) {
      sxy += (p[0] - mx) * (p[1] - my);
      sxx += (p[0] - mx) * (p[0] - mx);
      syy += (p[1] - my) * (p[1] - my);
    }
    if (sxx == 0 || syy == 0) {
      return null;
    }
    return Math.round(sxy / Math.sqrt(sxx * syy) * 10_000) / 10_000.0;
  }

  /** The figures by question code. */
  public Map<String, QuestionFigures> byCode() {
    Map<String, QuestionFigures> map = new java.util.LinkedHashMap<>();
    questions.forEach(f -> map.put(f.code(), f));
    return map;
  }
}
