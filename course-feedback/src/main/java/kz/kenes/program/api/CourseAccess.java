package kz.kenes.program.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import kz.kenes.identity.api.Authenticator;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.platform.domain.NotAllowed;
import kz.kenes.program.application.CoursePlanning;

/**
 * Who may read and change a course's plan and modules: the admin token, an administrator of the
 * course's university ({@link CoursePlanning#requireAdministers}), or an instructor's session
 * launched from that very course. Learners, instructors of other courses and administrators of
 * other universities get a 403, callers without credentials a 401.
 */
@ApplicationScoped
public class CourseAccess {

  @Inject Authenticator auth;
  @Inject CoursePlanning planning;

  public void requireStaffOf(HttpHeaders headers, long contextRef) {
    Optional<KenesSession> caller = auth.requireAdminTokenOrSession(headers, null);
    if (caller.isEmpty()) {
      return;
    }
    KenesSession session = caller.get();
    if (session.isAdmin()) {
      planning.requireAdministers(session.scope(), contextRef);
      return;
    }
    if (session.role() != KenesRole.INSTRUCTOR) {
      throw new NotAllowed("Only instructors of the course and administrators may do this.");
    }
    if (session.contextRef() == null || session.contextRef() != contextRef) {
      throw new NotAllowed(
          "You were launched from another course: launch Kenes from course " + contextRef + ".");
    }
  }
}
