package kz.kenes.quiz.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.platform.activity.ActivityCompleted;
import kz.kenes.platform.activity.ActivityResult;
import kz.kenes.platform.activity.ActivityResults;
import kz.kenes.quiz.domain.AttemptRepository;
import kz.kenes.quiz.domain.Quiz;
import kz.kenes.quiz.domain.QuizAttempt;

/**
 * What a submitted attempt tells the rest of Kenes: the learner's kept result (best or last, as the
 * quiz says) goes to the LMS gradebook through {@link ActivityResults}, inside the transaction that
 * stores the attempt (the adapter sends it only when the learner's link was placed for this quiz as
 * graded); and, once that transaction has committed, {@link ActivityCompleted} announces the
 * attempt to completion rules (certificates).
 */
@ApplicationScoped
public class QuizResults {

  @Inject ActivityResults gradebook;
  @Inject AttemptRepository attempts;
  @Inject Event<ActivityCompleted> completed;

  /** Reports the kept result after {@code submitted}, in the caller's transaction. */
  public boolean record(KenesSession session, Quiz quiz, QuizAttempt submitted) {
    if (session.resourceLinkRef() == null) {
      return false;
    }
    return attempts
        .findKept(quiz.id(), submitted.userRef(), quiz.settings().kept())
        .map(
            kept ->
                gradebook.record(
                    new ActivityResult(
                        kept.userRef(),
                        session.resourceLinkRef(),
                        quiz.reference(),
                        kept.score(),
                        kept.maxScore(),
                        kept.passed(),
                        kept.submittedAt().orElseThrow())))
        .orElse(false);
  }

  /** Announces a submitted attempt; call after its transaction committed. */
  public void completed(KenesSession session, Quiz quiz, QuizAttempt submitted) {
    completed.fire(
        new ActivityCompleted(
            submitted.contextRef(),
            submitted.userRef(),
            quiz.reference(),
            submitted.submittedAt().orElseThrow()));
  }
}
