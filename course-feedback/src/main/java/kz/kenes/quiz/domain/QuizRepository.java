package kz.kenes.quiz.domain;

import java.util.List;
import java.util.Optional;

/** The quizzes of courses. */
public interface QuizRepository {

  Optional<Quiz> find(long id);

  /** The quizzes of a course, oldest first (the course's order). */
  List<Quiz> findByCourse(long contextRef);

  /**
   * The headlines of {@link #findByCourse}, as the learner's landing page lists them: possibly a
   * few seconds old when changed on another node ({@code platform.persistence.ReadMostly}).
   */
  List<QuizHeadline> shownHeadlinesOf(long contextRef);

  Quiz store(Quiz quiz);

  /**
   * The quiz, its row locked until the caller's transaction ends: edits of one question at a time
   * take turns, so that two at once never lose one another's change.
   */
  Optional<Quiz> lock(long id);
}
