package kz.kenes.quiz.api;

import java.time.Instant;
import java.util.List;
import kz.kenes.quiz.application.QuizAttempts.Standing;
import kz.kenes.quiz.domain.PassRule;
import kz.kenes.quiz.domain.QuizSettings;

/**
 * A quiz as a learner sees it before and between attempts: what it asks of them, never its
 * questions (those come with an attempt) and never its answers; their attempts so far and their
 * kept result.
 *
 * @param attemptsLeft null when there is no limit
 * @param inProgress the id of the attempt in progress, if any
 * @param kept the kept attempt (best or last), if any was submitted
 */
public record LearnerQuizView(
    long id,
    String reference,
    String title,
    int questionCount,
    PassRule passRule,
    int attemptLimit,
    int timeLimitMinutes,
    int cooldownMinutes,
    QuizSettings.Kept keptAttempt,
    Integer attemptsLeft,
    Long inProgress,
    AttemptView kept,
    List<AttemptView> attempts) {

  static LearnerQuizView of(Standing s, Instant now) {
    QuizSettings settings = s.quiz().settings();
    int asked = s.quiz().asked();
    return new LearnerQuizView(
        s.quiz().id(),
        s.quiz().reference(),
        s.quiz().title(),
        asked,
        settings.passRule(),
        settings.attemptLimit() == 0 ? 0 : settings.attemptLimit() + s.allowance().extraAttempts(),
        settings.timeLimitMinutes() == 0
            ? 0
            : settings.timeLimitMinutes() + s.allowance().extraMinutes(),
        settings.cooldownMinutes(),
        settings.kept(),
        s.attemptsLeft().orElse(null),
        s.inProgress().map(a -> a.id()).orElse(null),
        s.kept().map(a -> AttemptView.summary(a, now)).orElse(null),
        s.attempts().stream().map(a -> AttemptView.summary(a, now)).toList());
  }
}
