package kz.kenes.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import kz.kenes.platform.metrics.KenesMetrics;

/**
 * Counts stored submissions for the operator's metrics ({@link KenesMetrics#responseSubmitted}),
 * once the transaction that stored one has committed (at once when there was none), so a
 * rolled-back answer is not counted.
 */
@ApplicationScoped
public class SubmissionCounter {

  @Inject KenesMetrics metrics;

  void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) Stored stored) {
    metrics.responseSubmitted(stored.learner() ? "learner" : "invitation", stored.created());
  }

  /**
   * A submission stored.
   *
   * @param learner whether a launched learner submitted it (else an invitation link)
   * @param created whether it created the response (else it changed or repeated one)
   */
  public record Stored(boolean learner, boolean created) {}
}
