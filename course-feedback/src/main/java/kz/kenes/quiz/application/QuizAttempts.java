package kz.kenes.quiz.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.quiz.domain.AttemptRepository;
import kz.kenes.quiz.domain.AttemptRules;
import kz.kenes.quiz.domain.AttemptRules.Allowance;
import kz.kenes.quiz.domain.GrantRepository;
import kz.kenes.quiz.domain.Paper;
import kz.kenes.quiz.domain.Quiz;
import kz.kenes.quiz.domain.QuizAttempt;

/**
 * A learner's attempts at a quiz of their course: start (or resume the attempt in progress), save
 * answers, submit; all graded on the server. Starting twice at once makes one attempt (the unique
 * attempt number, then a retry that finds it); submitting twice grades once (each submission first
 * locks the attempt's row, so the second waits for the first and finds it submitted; the version
 * check stays as a second guard). An attempt past its deadline is submitted on its saved answers
 * whenever the learner's attempts are read. Each submission reports the learner's kept result
 * ({@link QuizResults}).
 */
@ApplicationScoped
public class QuizAttempts {

  private static final SecureRandom SEEDS = new SecureRandom();

  @Inject QuizAccess access;
  @Inject AttemptRepository attempts;
  @Inject GrantRepository grants;
  @Inject QuizTransaction transaction;
  @Inject QuizResults results;
  @Inject LessonGating gating;
  @Inject QuizPools pools;
  @Inject Clock clock;

  /** An attempt as started: {@code created} false when the attempt in progress was resumed. */
  public record Started(QuizAttempt attempt, boolean created) {}

  /**
   * An attempt as submitted: {@code first} false when it had been submitted before; {@code
   * mayReveal} whether the quiz lets the learner see the right answers now.
   */
  public record Submitted(QuizAttempt attempt, boolean first, boolean mayReveal) {}

  /**
   * Where a learner stands on a quiz: their attempts, allowance, and what the quiz lets them see.
   */
  public record Standing(
      Quiz quiz,
      List<QuizAttempt> attempts,
      Optional<QuizAttempt> kept,
      Optional<Integer> attemptsLeft,
      boolean mayReveal,
      Allowance allowance) {

    public Optional<QuizAttempt> inProgress() {
      return attempts.stream().filter(a -> !a.isSubmitted()).findFirst();
    }
  }

  /**
   * Starts an attempt, or resumes the one in progress; refused (403 lesson-locked) while the lesson
   * the quiz is placed in is locked for the learner.
   */
  public Started start(KenesSession session, long quizId) {
    Quiz quiz = access.learnerQuiz(session, quizId);
    gating.requireQuizOpen(session, quiz);
    for (int tries = 1; ; tries++) {
      try {
        List<QuizAttempt> expired = new ArrayList<>();
        Started started = transaction.call(() -> startIn(session, quiz, expired));
        expired.forEach(a -> results.completed(session, quiz, a));
        return started;
      } catch (DomainException refusal) {
        throw refusal;
      } catch (RuntimeException race) {
        // two starts at once: the loser's attempt number was taken; the next try resumes it
        if (tries >= 3) {
          throw race;
        }
      }
    }
  }

  private Started startIn(KenesSession session, Quiz quiz, List<QuizAttempt> expired) {
    Instant now = clock.instant();
    // the submitted attempts are counted, not read: a start costs the same at the learner's
    // hundredth attempt as at the first (issue 13)
    AttemptRepository.Used used = attempts.used(quiz.id(), session.userRef());
    List<QuizAttempt> open = attempts.findOpen(quiz.id(), session.userRef());
    expireOverdue(session, quiz, open, now, expired);
    Optional<QuizAttempt> resumed = open.stream().filter(a -> !a.isSubmitted()).findFirst();
    if (resumed.isPresent()) {
      return new Started(resumed.get(), false);
    }
    Optional<Instant> last =
        java.util.stream.Stream.concat(
                used.lastSubmittedAt().stream(),
                expired.stream().map(a -> a.submittedAt().orElseThrow()))
            .max(java.util.Comparator.naturalOrder());
    int submitted = used.submitted() + expired.size();
    Allowance allowance = grants.allowance(quiz.id(), session.userRef());
    AttemptRules.requireMayStart(quiz.settings(), submitted, last, allowance, now);
    long seed = SEEDS.nextLong();
    Paper paper =
        Paper.draw(quiz.questions(), quiz.settings(), pools.draw(quiz.settings(), seed), seed);
    QuizAttempt attempt =
        QuizAttempt.start(
            quiz.id(),
            session.userRef(),
            session.contextRef(),
            session.resourceLinkRef(),
            used.submitted() + open.size() + 1,
            paper,
            AttemptRules.timeLimit(quiz.settings(), allowance),
            now);
    return new Started(attempts.insert(attempt), true);
  }

  /** Saves answers of the learner's attempt in progress. */
  public QuizAttempt save(KenesSession session, long attemptId, Map<String, List<String>> answers) {
    access.learnerCourse(session);
    Saved saved;
    try {
      saved = transaction.call(() -> saveIn(session, attemptId, answers));
    } catch (DomainException refusal) {
      throw refusal;
    } catch (RuntimeException lostRace) {
      // another write of the same attempt committed first (its version changed): try once more
      saved = transaction.call(() -> saveIn(session, attemptId, answers));
    }
    if (saved.expired()) {
      results.completed(session, saved.quiz(), saved.attempt());
      throw new Conflict(
          "time-limit-passed",
          "The time of this attempt is over: it was submitted with the answers saved before its"
              + " deadline.");
    }
    return saved.attempt();
  }

  private Saved saveIn(KenesSession session, long attemptId, Map<String, List<String>> answers) {
    Instant now = clock.instant();
    QuizAttempt a = own(session, attemptId);
    Quiz quiz = access.learnerQuiz(session, a.quizId());
    if (a.submitIfExpired(quiz.settings().passRule(), now)) {
      results.record(session, quiz, a);
      return new Saved(a, quiz, true);
    }
    a.save(answers, now);
    return new Saved(a, quiz, false);
  }

  private record Saved(QuizAttempt attempt, Quiz quiz, boolean expired) {}

  private record Graded(Submitted submitted, Quiz quiz) {}

  /** Submits the learner's attempt; a second submission answers the first's result. */
  public Submitted submit(KenesSession session, long attemptId, Map<String, List<String>> answers) {
    access.learnerCourse(session);
    Graded graded;
    try {
      graded = transaction.call(() -> submitIn(session, attemptId, answers));
    } catch (DomainException refusal) {
      throw refusal;
    } catch (RuntimeException lostRace) {
      // a submission of the same attempt at once committed first: answer its result
      QuizAttempt stored = own(session, attemptId);
      if (!stored.isSubmitted()) {
        throw lostRace;
      }
      Quiz quiz = access.learnerQuiz(session, stored.quizId());
      return new Submitted(stored, false, mayReveal(session, quiz));
    }
    if (graded.submitted().first()) {
      results.completed(session, graded.quiz(), graded.submitted().attempt());
    }
    return graded.submitted();
  }

  private Graded submitIn(KenesSession session, long attemptId, Map<String, List<String>> answers) {
    QuizAttempt a = owned(session, attempts.lock(attemptId), attemptId);
    Quiz quiz = access.learnerQuiz(session, a.quizId());
    boolean first = a.submit(answers, quiz.settings().passRule(), clock.instant());
    if (first) {
      results.record(session, quiz, a);
    }
    return new Graded(new Submitted(a, first, mayReveal(session, quiz)), quiz);
  }

  /**
   * Whether the learner, who has a submitted attempt, may see right answers: from the settings
   * alone, or (after a pass or the last attempt) from two counts and their grants, never from all
   * their attempts.
   */
  private boolean mayReveal(KenesSession session, Quiz quiz) {
    if (!AttemptRules.revealDependsOnAttempts(quiz.settings())) {
      return AttemptRules.mayRevealAnswers(quiz.settings(), 1, false, Allowance.NONE);
    }
    AttemptRepository.Submissions mine = attempts.countSubmitted(quiz.id(), session.userRef());
    return AttemptRules.mayRevealAnswers(
        quiz.settings(),
        mine.submitted(),
        mine.anyPassed(),
        grants.allowance(quiz.id(), session.userRef()));
  }

  /**
   * The learner's standing on a quiz, submitting first an attempt whose time is over; refused (403
   * lesson-locked) while the lesson the quiz is placed in is locked for the learner.
   */
  public Standing standing(KenesSession session, long quizId) {
    Quiz quiz = access.learnerQuiz(session, quizId);
    gating.requireQuizOpen(session, quiz);
    return standingOf(session, quiz);
  }

  private Standing standingOf(KenesSession session, Quiz quiz) {
    List<QuizAttempt> expired = new ArrayList<>();
    Standing standing;
    try {
      standing = transaction.call(() -> standingIn(session, quiz, expired));
    } catch (DomainException refusal) {
      throw refusal;
    } catch (RuntimeException lostRace) {
      // an expired attempt was submitted by another request at once: read again
      expired.clear();
      standing = transaction.call(() -> standingIn(session, quiz, expired));
    }
    expired.forEach(a -> results.completed(session, quiz, a));
    return standing;
  }

  private Standing standingIn(KenesSession session, Quiz quiz, List<QuizAttempt> expired) {
    List<QuizAttempt> mine = attempts.findByLearner(quiz.id(), session.userRef());
    expireOverdue(session, quiz, mine, clock.instant(), expired);
    return standingOf(quiz, mine, grants.allowance(quiz.id(), session.userRef()));
  }

  /** One of the learner's own attempts, with their standing on its quiz. */
  public Standing attempt(KenesSession session, long attemptId) {
    access.learnerCourse(session);
    QuizAttempt a =
        attempts
            .find(attemptId)
            .filter(x -> x.userRef() == session.userRef())
            .orElseThrow(() -> noAttempt(attemptId));
    return standingOf(session, access.learnerQuiz(session, a.quizId()));
  }

  static Standing standingOf(Quiz quiz, List<QuizAttempt> mine, Allowance allowance) {
    long used = mine.stream().filter(QuizAttempt::isSubmitted).count();
    return new Standing(
        quiz,
        mine,
        AttemptRules.kept(quiz.settings(), mine),
        AttemptRules.attemptsLeft(quiz.settings(), (int) used, allowance),
        AttemptRules.mayRevealAnswers(quiz.settings(), mine, allowance),
        allowance);
  }

  private void expireOverdue(
      KenesSession session,
      Quiz quiz,
      List<QuizAttempt> mine,
      Instant now,
      List<QuizAttempt> expired) {
    for (QuizAttempt a : mine) {
      if (a.submitIfExpired(quiz.settings().passRule(), now)) {
        results.record(session, quiz, a);
        expired.add(a);
      }
    }
  }

  private QuizAttempt own(KenesSession session, long attemptId) {
    return owned(session, attempts.find(attemptId), attemptId);
  }

  private static QuizAttempt owned(
      KenesSession session, java.util.Optional<QuizAttempt> found, long attemptId) {
    return found
        .filter(a -> a.userRef() == session.userRef() && a.contextRef() == session.contextRef())
        .orElseThrow(() -> noAttempt(attemptId));
  }

  private static NotFound noAttempt(long attemptId) {
    return new NotFound("attempt-not-found", "You have no attempt " + attemptId + ".");
  }
}
