package kz.kenes.quiz.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.TooManyRequests;

/**
 * When a learner may start another attempt, which attempt is their result, and when they may see
 * the right answers: the rules of {@link QuizSettings} over the learner's attempts so far, plus
 * what an instructor granted them ({@link Allowance}).
 */
public final class AttemptRules {

  private AttemptRules() {}

  /**
   * What an instructor granted one learner on one quiz beyond its settings.
   *
   * @param extraAttempts attempts beyond the limit
   * @param extraMinutes minutes beyond the time limit, on each attempt
   */
  public record Allowance(int extraAttempts, int extraMinutes) {
    public static final Allowance NONE = new Allowance(0, 0);
  }

  /**
   * Refuses a new attempt after {@code submitted} submitted attempts, the last at {@code last}:
   * {@code attempt-limit} (409) when none is left, {@code cool-down} (429 with the wait) too soon
   * after the last. Counted, not read: {@link AttemptRepository#used}.
   */
  public static void requireMayStart(
      QuizSettings settings,
      int submitted,
      Optional<Instant> last,
      Allowance allowance,
      Instant now) {
    if (attemptsLeft(settings, submitted, allowance).orElse(1) <= 0) {
      throw new Conflict(
          "attempt-limit",
          "You have used all "
              + (settings.attemptLimit() + allowance.extraAttempts())
              + " attempts of this quiz.");
    }
    if (last.isPresent() && settings.cooldownMinutes() > 0) {
      Instant next = last.get().plus(Duration.ofMinutes(settings.cooldownMinutes()));
      if (now.isBefore(next)) {
        throw new TooManyRequests(
            "cool-down",
            "Review the lesson first: the next attempt opens at " + next + ".",
            Duration.between(now, next));
      }
    }
  }

  /** Attempts left after {@code used}; empty when there is no limit. */
  public static Optional<Integer> attemptsLeft(
      QuizSettings settings, int used, Allowance allowance) {
    if (settings.attemptLimit() == 0) {
      return Optional.empty();
    }
    return Optional.of(Math.max(0, settings.attemptLimit() + allowance.extraAttempts() - used));
  }

  /** The time an attempt has, when limited. */
  public static Optional<Duration> timeLimit(QuizSettings settings, Allowance allowance) {
    if (settings.timeLimitMinutes() == 0) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofMinutes(settings.timeLimitMinutes() + allowance.extraMinutes()));
  }

  /** The learner's result: the best (highest percent, earliest) or the last submitted attempt. */
  public static Optional<QuizAttempt> kept(QuizSettings settings, List<QuizAttempt> attempts) {
    List<QuizAttempt> submitted = attempts.stream().filter(QuizAttempt::isSubmitted).toList();
    Comparator<QuizAttempt> bySubmission = Comparator.comparing(a -> a.submittedAt().orElseThrow());
    if (settings.kept() == QuizSettings.Kept.LAST) {
      return submitted.stream().max(bySubmission.thenComparing(QuizAttempt::number));
    }
    return submitted.stream()
        .max(
            Comparator.comparingDouble(QuizAttempt::percent)
                .thenComparing(bySubmission.reversed()));
  }

  /** Whether the right answers of a submitted attempt may be shown to the learner now. */
  public static boolean mayRevealAnswers(
      QuizSettings settings, List<QuizAttempt> attempts, Allowance allowance) {
    List<QuizAttempt> submitted = attempts.stream().filter(QuizAttempt::isSubmitted).toList();
    return mayRevealAnswers(
        settings, submitted.size(), submitted.stream().anyMatch(QuizAttempt::passed), allowance);
  }

  /**
   * The same from counts: {@code submitted} attempts of the learner, {@code anyPassed} whether one
   * of them passed.
   */
  public static boolean mayRevealAnswers(
      QuizSettings settings, int submitted, boolean anyPassed, Allowance allowance) {
    if (submitted == 0) {
      return false;
    }
    return switch (settings.reveal()) {
      case AFTER_SUBMIT -> true;
      case NEVER -> false;
      case AFTER_PASS_OR_LAST ->
          anyPassed || attemptsLeft(settings, submitted, allowance).map(n -> n == 0).orElse(false);
    };
  }

  /**
   * Whether {@link #mayRevealAnswers} needs the learner's counts and allowance: only when the quiz
   * reveals after a pass or the last attempt.
   */
  public static boolean revealDependsOnAttempts(QuizSettings settings) {
    return settings.reveal() == QuizSettings.Reveal.AFTER_PASS_OR_LAST;
  }
}
