package kz.kenes.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.platform.activity.ActivityCompleted;
import kz.kenes.platform.activity.ActivityResult;
import kz.kenes.platform.activity.ActivityResults;
import kz.kenes.survey.domain.SurveyRound;

/**
 * Survey participation for the gradebook: a learner who submits a round of a survey reports a
 * completed 1 of 1 on the activity {@code survey:<id>} through the resource link they launched
 * from. Whether it reaches the gradebook is the LTI adapter's call: only when that link was placed
 * for this very survey as graded ({@code kenes_grade=participation}). It also announces the
 * submission as {@link ActivityCompleted}, so that completion rules (certificates) are checked
 * again once the transaction commits.
 */
@ApplicationScoped
public class GradedParticipation {

  /** The activity type of a survey, as placed in a course ({@code survey:<id>}). */
  public static final String ACTIVITY_TYPE = "survey";

  @Inject ActivityResults results;
  @Inject Event<ActivityCompleted> completed;

  /** Reports the participation, in the caller's transaction; false when nothing will be sent. */
  public boolean report(KenesSession session, SurveyRound round, Instant at) {
    if (session.userRef() != null && session.contextRef() != null) {
      completed.fire(
          new ActivityCompleted(
              session.contextRef(),
              session.userRef(),
              ACTIVITY_TYPE + ":" + round.survey().id(),
              at));
    }
    if (session.userRef() == null || session.resourceLinkRef() == null) {
      return false;
    }
    return results.record(
        ActivityResult.participation(
            session.userRef(),
            session.resourceLinkRef(),
            ACTIVITY_TYPE + ":" + round.survey().id(),
            at));
  }
}
