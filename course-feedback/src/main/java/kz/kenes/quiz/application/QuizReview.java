package kz.kenes.quiz.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.quiz.domain.AttemptRepository;
import kz.kenes.quiz.domain.BankQuestion;
import kz.kenes.quiz.domain.GrantRepository;
import kz.kenes.quiz.domain.Question;
import kz.kenes.quiz.domain.Quiz;
import kz.kenes.quiz.domain.QuizAttempt;
import kz.kenes.quiz.domain.QuizGrant;
import kz.kenes.quiz.domain.QuizStatistics;

/**
 * What the staff of a course see of the attempts at its quizzes: every attempt (a page at a time),
 * one attempt with its answers, the question statistics, and the grants they make to a learner (an
 * extra attempt, more time), each kept with who, when and why.
 */
@ApplicationScoped
public class QuizReview {

  /** Attempts read at most for the statistics: the newest. */
  static final int STATISTICS_LIMIT = 5000;

  @Inject QuizAccess access;
  @Inject AttemptRepository attempts;
  @Inject GrantRepository grants;
  @Inject Clock clock;

  /** Refuses (403) anyone but the staff of a course. */
  public void requireStaff(KenesSession session) {
    access.staffCourse(session);
  }

  /** Learners a staff page offers to name in a grant, at most. */
  public static final int LEARNERS_LIMIT = 1000;

  /** One page of a quiz's attempts, newest first. */
  public record AttemptPage(Quiz quiz, List<QuizAttempt> items, long total) {}

  public AttemptPage attempts(KenesSession session, long quizId, int offset, int limit) {
    Quiz quiz = access.staffQuiz(session, quizId);
    return new AttemptPage(
        quiz, attempts.findByQuiz(quiz.id(), offset, limit), attempts.countByQuiz(quiz.id()));
  }

  /** The learners who attempted a quiz of the staff's course, by id (at most 1000). */
  public List<Long> learners(KenesSession session, long quizId) {
    Quiz quiz = access.staffQuiz(session, quizId);
    return attempts.learners(quiz.id(), LEARNERS_LIMIT);
  }

  /** One attempt of the staff's course. */
  public QuizAttempt attempt(KenesSession session, long attemptId) {
    long course = access.staffCourse(session);
    return attempts
        .find(attemptId)
        .filter(a -> a.contextRef() == course)
        .orElseThrow(
            () -> new NotFound("attempt-not-found", "There is no attempt " + attemptId + "."));
  }

  /** One attempt at a quiz of the staff's course, with its quiz. */
  public record QuizAndAttempt(Quiz quiz, QuizAttempt attempt) {}

  /**
   * One attempt at this quiz of the staff's course.
   *
   * @throws NotFound {@code attempt-not-found} for an attempt of another quiz or course
   */
  public QuizAndAttempt attemptAt(KenesSession session, long quizId, long attemptId) {
    Quiz quiz = access.staffQuiz(session, quizId);
    QuizAttempt attempt = attempt(session, attemptId);
    if (attempt.quizId() != quiz.id()) {
      throw new NotFound("attempt-not-found", "There is no attempt " + attemptId + ".");
    }
    return new QuizAndAttempt(quiz, attempt);
  }

  /** The facility and discrimination of each question, over the submitted attempts. */
  public QuizStatistics statistics(KenesSession session, long quizId) {
    Quiz quiz = access.staffQuiz(session, quizId);
    List<QuizAttempt> submitted =
        attempts.findByQuiz(quiz.id(), 0, STATISTICS_LIMIT).stream()
            .filter(QuizAttempt::isSubmitted)
            .toList();
    return QuizStatistics.of(
        withDrawn(quiz.questions(), submitted), submitted, quiz.settings().passRule());
  }

  /**
   * The quiz's own questions, then the bank questions its attempts drew from pools (code {@code
   * bank-<id>}), each once, in the order first drawn.
   */
  static List<Question> withDrawn(List<Question> own, List<QuizAttempt> submitted) {
    java.util.Map<String, Question> all = new java.util.LinkedHashMap<>();
    own.forEach(q -> all.put(q.code(), q));
    for (int i = submitted.size() - 1; i >= 0; i--) {
      for (Question q : submitted.get(i).paper().questions()) {
        if (q.code().startsWith(BankQuestion.PAPER_PREFIX)) {
          all.putIfAbsent(q.code(), q);
        }
      }
    }
    return List.copyOf(all.values());
  }

  /**
   * Grants a learner of the course extra attempts or minutes on a quiz, kept in the audit trail.
   *
   * @throws NotFound when the learner has never attempted the quiz (they are named by the user ref
   *     of their attempts)
   */
  public QuizGrant grant(
      KenesSession session,
      long quizId,
      long learnerRef,
      int extraAttempts,
      int extraMinutes,
      String reason) {
    Quiz quiz = access.staffQuiz(session, quizId);
    if (!attempts.hasAttempts(quiz.id(), learnerRef)) {
      throw new NotFound(
          "learner-not-found", "Learner " + learnerRef + " has no attempt at this quiz.");
    }
    return grants.store(
        QuizGrant.of(
            quiz.id(),
            learnerRef,
            session.userRef(),
            extraAttempts,
            extraMinutes,
            reason,
            clock.instant()));
  }

  /** A quiz's grants, newest first. */
  public List<QuizGrant> grants(KenesSession session, long quizId) {
    return grants.findByQuiz(access.staffQuiz(session, quizId).id());
  }
}
