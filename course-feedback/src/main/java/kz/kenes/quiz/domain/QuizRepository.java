package kz.kenes.quiz.domain;

import java.util.List;
import java.util.Optional;

/** The quizzes of courses. */
public interface QuizRepository {

  Optional<Quiz> find(long id);

  /** The quizzes of a course, oldest first (the course's order). */
  List<Quiz> findByCourse(long contextRef);

  Quiz store(Quiz quiz);
}
