package kz.kenes.integration.lti.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.integration.lti.persistence.JdbcRoster;
import kz.kenes.lti.launch.RoleMapper;
import kz.kenes.lti.registration.PlatformRegistration;
import kz.kenes.lti.services.ServiceCallException;
import kz.kenes.lti.services.nrps.Member;
import kz.kenes.lti.services.nrps.MembershipService;
import kz.kenes.platform.domain.NotAllowed;
import kz.kenes.platform.domain.NotFound;

/**
 * A course's roster from the platform's Names and Role Provisioning Service: an instructor (or an
 * administrator) of the course syncs it on demand from the memberships URL the course's launches
 * sent; every page is read first, outside any transaction, then the members are written at once.
 * Members the platform no longer lists become inactive, never deleted. A refusal is kept on the
 * course so that the roster page shows the platform's message.
 */
@ApplicationScoped
public class RosterSync {

  private static final Logger LOG = Logger.getLogger(RosterSync.class.getName());

  @Inject JdbcRoster roster;
  @Inject MembershipService memberships;
  @Inject CachedRegistrationLookup registrations;
  @Inject Clock clock;

  /** How a sync ended. */
  public enum Outcome {
    SYNCED,
    NO_SERVICE,
    FAILED
  }

  /** The roster page's content: the course's state and its members. */
  public record View(JdbcRoster.Course course, List<JdbcRoster.Row> members) {

    public boolean serviceOffered() {
      return course.membershipsUrl() != null;
    }

    public long active() {
      return members.stream().filter(m -> m.status().equals("active")).count();
    }
  }

  public View view(KenesSession session) {
    long contextRef = course(session);
    JdbcRoster.Course course = roster.course(contextRef).orElseThrow(RosterSync::noCourse);
    return new View(course, roster.members(contextRef));
  }

  /** Syncs the caller's course; a platform's refusal is recorded, not thrown. */
  public Outcome sync(KenesSession session) {
    long contextRef = course(session);
    JdbcRoster.Course course = roster.course(contextRef).orElseThrow(RosterSync::noCourse);
    if (course.membershipsUrl() == null) {
      return Outcome.NO_SERVICE;
    }
    Optional<PlatformRegistration> registration = registrations.findById(course.registrationId());
    if (registration.isEmpty()) {
      throw new NotFound("The platform of this course is no longer registered.");
    }
    List<Member> members;
    try {
      members =
          memberships
              .members(registration.get(), URI.create(course.membershipsUrl()), null, 0)
              .members();
    } catch (ServiceCallException | IllegalArgumentException e) {
      String message =
          e instanceof ServiceCallException refusal
              ? (refusal.status() == 0 ? "" : "HTTP " + refusal.status() + ": ")
                  + refusal.platformMessage()
              : "invalid memberships URL";
      LOG.warning(() -> "roster sync of course " + contextRef + " failed: " + message);
      roster.failed(contextRef, message);
      return Outcome.FAILED;
    }
    int gone = roster.replace(contextRef, listed(members), clock.instant());
    LOG.info(
        () ->
            "roster of course "
                + contextRef
                + " synced: "
                + members.size()
                + " listed, "
                + gone
                + " left");
    return Outcome.SYNCED;
  }

  static List<JdbcRoster.Listed> listed(List<Member> members) {
    return members.stream()
        .map(
            m ->
                new JdbcRoster.Listed(
                    m.userId(),
                    String.join(" ", m.roles()),
                    RoleMapper.map(m.roles()).name().toLowerCase(java.util.Locale.ROOT),
                    m.active(),
                    m.name() != null ? m.name() : joined(m.givenName(), m.familyName()),
                    m.email()))
        .toList();
  }

  private static String joined(String given, String family) {
    String name = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
    return name.isEmpty() ? null : name;
  }

  /** The course of a staff session: 403 for a learner, 404 without a course. */
  static long course(KenesSession session) {
    if (!session.isAdmin() && session.role() != KenesRole.INSTRUCTOR) {
      throw new NotAllowed("Only instructors of the course and administrators see its roster.");
    }
    if (session.contextRef() == null) {
      throw new NotFound("This session was not launched from a course.");
    }
    return session.contextRef();
  }

  private static NotFound noCourse() {
    return new NotFound("This session's course is not known.");
  }
}
