package kz.kenes.certificate.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.kenes.platform.activity.QuizOutcomes.CourseQuiz;
import kz.kenes.platform.activity.QuizOutcomes.Outcome;

/**
 * Where one learner stands in a course, as the rules need it: the course's quizzes, the learner's
 * kept outcome on each attempted one, and the surveys of which they answered a round.
 *
 * @param quizzes the course's quizzes, in order; empty when no quiz context is known
 * @param outcomes the learner's kept outcome by quiz reference
 * @param answeredSurveys ids of the surveys of which the learner submitted a round
 */
public record Standing(
    List<CourseQuiz> quizzes, Map<String, Outcome> outcomes, Set<Long> answeredSurveys) {
  public Standing {
    quizzes = List.copyOf(quizzes);
    outcomes = Map.copyOf(outcomes);
    answeredSurveys = Set.copyOf(answeredSurveys);
  }

  /**
   * The overall percentage: the mean of the kept percentages over all the course's quizzes, a quiz
   * not attempted counting 0; empty when the course has no quiz.
   */
  public java.util.OptionalDouble overallPercent() {
    if (quizzes.isEmpty()) {
      return java.util.OptionalDouble.empty();
    }
    double sum = 0;
    for (CourseQuiz quiz : quizzes) {
      Outcome outcome = outcomes.get(quiz.reference());
      sum += outcome == null ? 0 : outcome.percent();
    }
    return java.util.OptionalDouble.of(sum / quizzes.size());
  }
}
