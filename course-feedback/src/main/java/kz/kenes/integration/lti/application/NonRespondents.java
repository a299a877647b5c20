package kz.kenes.integration.lti.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.integration.lti.persistence.JdbcRoster;
import kz.kenes.platform.activity.CourseResponses;
import kz.kenes.platform.activity.CourseResponses.OpenActivity;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.NotFound;

/**
 * The roster's members who have not answered what the course asks of them now (issue 10 §3), for
 * the instructor to remind: per open activity of the course ({@link CourseResponses}, a survey
 * round today), the active members of the synced roster it asks (its roles: learners for a survey
 * round) without a submission. A member who never launched Kenes has not answered. Names and
 * e-mails are what the platform sent (none when it shares none). An anonymous activity lists no
 * one: who did not answer would tell who did.
 */
@ApplicationScoped
public class NonRespondents {

  /** A member to remind. */
  public record Member(String subject, String role, String name, String email) {}

  /**
   * One open activity and its non-respondents (empty when it is anonymous); {@code enrolled}: the
   * active members it asks.
   */
  public record Activity(
      String reference,
      String title,
      String label,
      Instant closesAt,
      boolean anonymous,
      int enrolled,
      List<Member> missing) {

    /** The e-mails of the members to remind that the platform shared. */
    public List<String> emails() {
      return missing.stream().map(Member::email).filter(Objects::nonNull).distinct().toList();
    }
  }

  /** The course's open activities and the course's title; empty before a roster sync. */
  public record View(String courseTitle, boolean rosterSynced, List<Activity> activities) {}

  @Inject JdbcRoster roster;
  @Inject CourseResponses responses;

  /** The non-respondents of every open activity of the caller's course (403 for a learner). */
  public View of(KenesSession session) {
    long course = RosterSync.course(session);
    JdbcRoster.Course state =
        roster
            .course(course)
            .orElseThrow(() -> new NotFound("This session's course is not known."));
    if (state.syncedAt() == null || session.universityId() == null) {
      return new View(state.title(), state.syncedAt() != null, List.of());
    }
    List<JdbcRoster.Active> active = roster.active(course);
    List<Activity> activities =
        responses.open(course, session.universityId()).stream()
            .map(a -> activity(a, active))
            .toList();
    return new View(state.title(), true, activities);
  }

  /**
   * One open activity's non-respondents, for the CSV: 404 when the course has no such open
   * activity, 409 when it is anonymous.
   */
  public Activity one(KenesSession session, String reference) {
    Activity activity =
        of(session).activities().stream()
            .filter(a -> a.reference().equals(reference))
            .findFirst()
            .orElseThrow(
                () -> new NotFound("The course has no open activity " + reference + " now."));
    if (activity.anonymous()) {
      throw new Conflict(
          "anonymous-activity",
          "The activity "
              + reference
              + " is anonymous: its non-respondents are not listed, since they would tell who"
              + " answered.");
    }
    return activity;
  }

  static Activity activity(OpenActivity open, List<JdbcRoster.Active> roster) {
    List<JdbcRoster.Active> asked =
        roster.stream().filter(m -> open.roles().contains(m.kenesRole())).toList();
    List<Member> missing =
        open.anonymous()
            ? List.of()
            : asked.stream()
                .filter(m -> !answered(m, open.answered()))
                .map(m -> new Member(m.subject(), m.kenesRole(), m.name(), m.email()))
                .toList();
    return new Activity(
        open.reference(),
        open.title(),
        open.label(),
        open.closesAt(),
        open.anonymous(),
        asked.size(),
        missing);
  }

  private static boolean answered(JdbcRoster.Active member, Set<Long> answered) {
    return member.userRef() != null && answered.contains(member.userRef());
  }
}
