package kz.kenes.quiz.domain;

import java.util.List;
import java.util.Optional;

/** The sequence rules of courses and the lessons their quizzes check. */
public interface GateRepository {

  /** The course's rules, by module, lesson, step and id. */
  List<LessonGate> findByCourse(long contextRef);

  Optional<LessonGate> find(long id);

  LessonGate store(LessonGate gate);

  void delete(LessonGate gate);

  /** Where the course's quizzes are placed. */
  List<QuizPlacement> placements(long contextRef);

  Optional<QuizPlacement> placement(long quizId);

  QuizPlacement store(QuizPlacement placement);

  void delete(QuizPlacement placement);
}
