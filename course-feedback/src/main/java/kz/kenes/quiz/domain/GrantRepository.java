package kz.kenes.quiz.domain;

import java.util.List;

/** The grants of instructors to learners on quizzes. */
public interface GrantRepository {

  /** The sum of a learner's grants on a quiz. */
  AttemptRules.Allowance allowance(long quizId, long userRef);

  /** A quiz's grants, newest first. */
  List<QuizGrant> findByQuiz(long quizId);

  QuizGrant store(QuizGrant grant);
}
