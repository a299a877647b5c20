package kz.kenes.platform.activity;

import java.time.Instant;
import java.util.Objects;

/**
 * A learner's result on a Kenes activity, as a context reports it to {@link ActivityResults}.
 *
 * @param userRef the learner (the session's user reference)
 * @param resourceLinkRef the resource link the learner launched through (the session's)
 * @param activity the activity, {@code <type>:<id>} as placed, e.g. {@code survey:12}
 * @param scoreGiven the score, 0 included
 * @param completed whether the learner completed the activity ({@code activityProgress} Completed,
 *     else Submitted)
 * @param at when the result was stored: a platform keeps the latest
 */
public record ActivityResult(
    long userRef,
    long resourceLinkRef,
    String activity,
    double scoreGiven,
    double scoreMaximum,
    boolean completed,
    Instant at) {

  public ActivityResult {
    Objects.requireNonNull(activity);
    Objects.requireNonNull(at);
    if (scoreMaximum <= 0 || scoreGiven < 0 || scoreGiven > scoreMaximum) {
      throw new IllegalArgumentException("score " + scoreGiven + " of " + scoreMaximum);
    }
  }

  /** Participation in an activity: completed, 1 of 1. */
  public static ActivityResult participation(
      long userRef, long resourceLinkRef, String activity, Instant at) {
    return new ActivityResult(userRef, resourceLinkRef, activity, 1, 1, true, at);
  }
}
