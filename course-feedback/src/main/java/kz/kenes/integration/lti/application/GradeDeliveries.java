package kz.kenes.integration.lti.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.integration.lti.persistence.JdbcScoreOutbox;
import kz.kenes.platform.domain.NotAllowed;
import kz.kenes.platform.domain.NotFound;

/**
 * What the course's instructors see of grade delivery: the latest score of every learner on every
 * graded link of the course with its delivery status, and the retry of one that failed (it becomes
 * due now, with a fresh count of attempts).
 */
@ApplicationScoped
public class GradeDeliveries {

  @Inject JdbcScoreOutbox outbox;
  @Inject Clock clock;
  @Inject Event<ScoreDelivery.ScoreQueued> queued;

  public List<JdbcScoreOutbox.Status> ofCourse(KenesSession session) {
    return outbox.course(course(session));
  }

  public void retry(KenesSession session, long scoreId) {
    if (!outbox.retry(scoreId, course(session), clock.instant())) {
      throw new NotFound("There is no score " + scoreId + " to send again in this course.");
    }
    queued.fire(new ScoreDelivery.ScoreQueued());
  }

  /** The course of a staff session: 403 for a learner, 404 without a course. */
  static long course(KenesSession session) {
    if (!session.isAdmin() && session.role() != KenesRole.INSTRUCTOR) {
      throw new NotAllowed("Only instructors of the course and administrators see its grades.");
    }
    if (session.contextRef() == null) {
      throw new NotFound("This session was not launched from a course.");
    }
    return session.contextRef();
  }
}
