package kz.kenes.quiz.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The grade of a whole attempt: each question's mark, the points, how many were wholly right, the
 * percentage and whether the quiz's pass rule holds.
 */
public record QuizGrade(
    double score,
    double maxScore,
    int correct,
    int questions,
    double percent,
    boolean passed,
    Map<String, Mark> marks) {

  public QuizGrade {
    marks = Map.copyOf(marks);
  }

  /** Grades {@code answers} (by question code) to the {@code questions} of an attempt. */
  public static QuizGrade of(
      List<Question> questions, Map<String, List<String>> answers, PassRule rule) {
    Map<String, Mark> marks = new LinkedHashMap<>();
    double score = 0;
    double max = 0;
    int correct = 0;
    for (Question q : questions) {
      Mark mark = Grading.grade(q, answers.get(q.code()));
      marks.put(q.code(), mark);
      score += mark.points();
      max += mark.max();
      correct += mark.correct() ? 1 : 0;
    }
    double percent = max == 0 ? 0 : Math.round(score / max * 10_000) / 100.0;
    return new QuizGrade(
        Math.round(score * 10_000) / 10_000.0,
        max,
        correct,
        questions.size(),
        percent,
        rule.passes(percent, correct),
        marks);
  }
}
