package kz.kenes.platform.activity;

/**
 * Where a context reports a learner's result on one of its activities, so that it reaches the LMS
 * gradebook when the activity was placed there as graded. Implemented by the LTI adapter
 * (Assignment and Grade Services); a context calls it inside the transaction that stores the
 * result, and the report is stored in that same transaction (an outbox row) and delivered later,
 * with retries: a result is never lost to a platform that is down, and never sent for a result that
 * was rolled back.
 */
public interface ActivityResults {

  /**
   * Records the result. Does nothing unless the resource link was placed (deep linked) for exactly
   * this activity as graded and its launches granted the score service; a newer result of the same
   * learner and link replaces one not yet delivered.
   *
   * @return whether a score will be sent
   */
  boolean record(ActivityResult result);
}
