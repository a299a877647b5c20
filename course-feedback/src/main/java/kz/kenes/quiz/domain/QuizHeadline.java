package kz.kenes.quiz.domain;

/**
 * A quiz as a list of a course's quizzes names it: its id, its reference in certificate rules and
 * lesson gates ({@code quiz:<id>}), and its title.
 */
public record QuizHeadline(long id, String reference, String title) {

  /** The headline of {@code quiz}. */
  public static QuizHeadline of(Quiz quiz) {
    return new QuizHeadline(quiz.id(), quiz.reference(), quiz.title());
  }
}
