package kz.kenes.integration.lti.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Arrays;
import java.util.logging.Logger;
import kz.kenes.integration.lti.persistence.JdbcScoreOutbox;
import kz.kenes.lti.services.ags.AgsScopes;
import kz.kenes.lti.services.ags.Score;
import kz.kenes.platform.activity.ActivityResult;
import kz.kenes.platform.activity.ActivityResults;

/**
 * The LTI adapter's {@link ActivityResults}: a result on an activity whose resource link was placed
 * for exactly that activity as graded ({@code kenes_activity}, {@code kenes_grade}) and whose
 * launch granted the AGS score scope becomes a pending row of the score outbox, in the caller's
 * transaction. {@link ScoreDelivery} sends it.
 */
@ApplicationScoped
public class LtiActivityResults implements ActivityResults {

  private static final Logger LOG = Logger.getLogger(LtiActivityResults.class.getName());

  @Inject JdbcScoreOutbox outbox;
  @Inject Clock clock;
  @Inject Event<ScoreDelivery.ScoreQueued> queued;

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public boolean record(ActivityResult result) {
    var link = outbox.gradedLink(result.resourceLinkRef()).orElse(null);
    if (link == null
        || !result.activity().equals(link.activity())
        || link.grade() == null
        || link.agsScope() == null
        || !Arrays.asList(link.agsScope().split(" ")).contains(AgsScopes.SCORE)) {
      return false;
    }
    outbox.add(
        new JdbcScoreOutbox.NewScore(
            link.registrationId(),
            result.resourceLinkRef(),
            result.userRef(),
            result.activity(),
            result.scoreGiven(),
            result.scoreMaximum(),
            (result.completed()
                    ? Score.ActivityProgress.Completed
                    : Score.ActivityProgress.Submitted)
                .name(),
            result.at()),
        clock.instant());
    queued.fire(new ScoreDelivery.ScoreQueued());
    LOG.fine(
        () -> "Score of " + result.activity() + " queued for link " + result.resourceLinkRef());
    return true;
  }
}
