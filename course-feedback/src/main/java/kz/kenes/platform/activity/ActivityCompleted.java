package kz.kenes.platform.activity;

import java.time.Instant;
import java.util.Objects;

/**
 * A CDI event a context fires when a learner has finished one of its activities for good (a quiz
 * attempt submitted, a survey response submitted), so that completion rules elsewhere
 * (certificates) can be checked again. Observers should observe it after the transaction succeeds
 * ({@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}): it must never announce what was
 * rolled back.
 *
 * @param contextRef the course (the session's context reference)
 * @param userRef the learner (the session's user reference)
 * @param activity {@code <type>:<id>}, e.g. {@code quiz:7}
 */
public record ActivityCompleted(long contextRef, long userRef, String activity, Instant at) {
  public ActivityCompleted {
    Objects.requireNonNull(activity);
    Objects.requireNonNull(at);
  }
}
