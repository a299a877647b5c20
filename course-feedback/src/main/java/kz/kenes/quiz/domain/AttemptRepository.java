package kz.kenes.quiz.domain;

import java.util.List;
import java.util.Optional;

/** The attempts at quizzes, all kept. */
public interface AttemptRepository {

  Optional<QuizAttempt> find(long id);

  /**
   * The attempt, its row locked until the caller's transaction ends: submissions of one attempt at
   * once (a double click, a retry) take their turn on this lock before anything else, so the first
   * grades it and the others find it submitted.
   */
  Optional<QuizAttempt> lock(long id);

  /** A learner's attempts at a quiz, first first. */
  List<QuizAttempt> findByLearner(long quizId, long userRef);

  /**
   * The learner's kept result as {@link AttemptRules#kept} picks it from all their attempts (the
   * best: highest percent, earliest submitted, lowest number; or the last submitted, highest number
   * on a tie), read as one row: the hot path of a submission reads no other attempt.
   */
  Optional<QuizAttempt> findKept(long quizId, long userRef, QuizSettings.Kept kept);

  /** How many of a learner's attempts at a quiz are submitted, and whether one of them passed. */
  record Submissions(int submitted, boolean anyPassed) {}

  Submissions countSubmitted(long quizId, long userRef);

  /**
   * A learner's attempts at a quiz not yet submitted (none or one, unless starts raced), first
   * first. Starting an attempt reads these and {@link #used}, never the submitted attempts' papers:
   * reading every attempt made a start cost grow with the learner's history (docs/performance.md).
   */
  List<QuizAttempt> findOpen(long quizId, long userRef);

  /** How many of a learner's attempts at a quiz are submitted, and when the last one was. */
  record Used(int submitted, Optional<java.time.Instant> lastSubmittedAt) {}

  Used used(long quizId, long userRef);

  /** Whether the learner has any attempt at the quiz. */
  boolean hasAttempts(long quizId, long userRef);

  /** A quiz's attempts, newest first, one page. */
  List<QuizAttempt> findByQuiz(long quizId, int offset, int limit);

  long countByQuiz(long quizId);

  /** The learners who attempted a quiz (their Kenes user ids), at most {@code limit}, by id. */
  List<Long> learners(long quizId, int limit);

  /**
   * Inserts a new attempt and flushes it, so that a second attempt with the same number (two starts
   * at once) fails here, on the unique key, inside the caller's transaction.
   */
  QuizAttempt insert(QuizAttempt attempt);
}
