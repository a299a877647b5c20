package kz.kenes.lti.services.ags;

import java.time.Instant;
import java.util.Objects;

/**
 * A score for one user on one line item (AGS 2.0 §3.4). Sent with {@code gradingProgress} {@code
 * FullyGraded} (Moodle stores nothing else) and the {@code activityProgress} given; a score of zero
 * is a score like any other and is sent.
 *
 * @param userId the platform's user id: the launch's {@code sub}
 * @param timestamp when the result was produced; a platform keeps the latest (Moodle answers 409 to
 *     one not later than the stored one, to the second)
 */
public record Score(
    String userId,
    double scoreGiven,
    double scoreMaximum,
    ActivityProgress activityProgress,
    Instant timestamp) {

  public Score {
    Objects.requireNonNull(userId);
    Objects.requireNonNull(activityProgress);
    Objects.requireNonNull(timestamp);
    if (scoreMaximum <= 0 || scoreGiven < 0) {
      throw new IllegalArgumentException(
          "a score needs scoreMaximum > 0 and scoreGiven >= 0: " + scoreGiven + "/" + scoreMaximum);
    }
  }

  /** The spec's {@code activityProgress} values (AGS 2.0 §3.4.5). */
  public enum ActivityProgress {
    Initialized,
    Started,
    InProgress,
    Submitted,
    Completed
  }
}
