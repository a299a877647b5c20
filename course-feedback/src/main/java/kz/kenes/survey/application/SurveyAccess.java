package kz.kenes.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Optional;
import kz.kenes.identity.api.Authenticator;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.platform.domain.NotAllowed;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.survey.domain.Survey;
import kz.kenes.survey.persistence.JpaSurveyStore;

/**
 * Who may run and read a survey: the admin token, an administrator's session, or an instructor
 * launched from a course that delivers the survey's program (its module, when the survey names
 * one). Learners never: they only answer. Unknown surveys are 404s, asked after the caller is
 * known, so that an anonymous caller learns nothing.
 */
@ApplicationScoped
public class SurveyAccess {

  @Inject Authenticator auth;
  @Inject JpaSurveyStore store;

  /**
   * The staff member asking: an empty session for the admin token.
   *
   * @param session the caller's session; empty for the admin token
   */
  public record Staff(Optional<KenesSession> session) {

    public boolean isAdmin() {
      return session.map(KenesSession::isAdmin).orElse(true);
    }

    /** The course an instructor was launched from. */
    public Optional<Long> course() {
      return session.filter(s -> !s.isAdmin()).map(KenesSession::contextRef);
    }
  }

  /** An administrator or an instructor of some course; anyone else is refused. */
  public Staff requireStaff(HttpHeaders headers, String kt) {
    if (Authenticator.bearer(headers).map(auth::adminTokenMatches).orElse(false)) {
      return new Staff(Optional.empty());
    }
    return staffOf(auth.requireSession(headers, kt));
  }

  /** The staff member of a known session: an administrator or an instructor of some course. */
  public Staff staffOf(KenesSession session) {
    if (session.isAdmin()) {
      return new Staff(Optional.of(session));
    }
    if (session.role() != KenesRole.INSTRUCTOR || session.contextRef() == null) {
      throw new NotAllowed(
          "Only instructors and administrators run surveys; learners answer them.");
    }
    return new Staff(Optional.of(session));
  }

  /** The survey, if this staff member may run and read it; 404 for an unknown one. */
  public Survey requireStaffOf(Staff staff, long surveyId) {
    Survey survey =
        store
            .survey(surveyId)
            .orElseThrow(() -> new NotFound("There is no survey " + surveyId + "."));
    requireCovers(staff, survey);
    return survey;
  }

  /** The survey, if the caller may run and read it. */
  public Survey requireStaffOf(HttpHeaders headers, String kt, long surveyId) {
    return requireStaffOf(requireStaff(headers, kt), surveyId);
  }

  /** Refuses an instructor whose course does not deliver what the survey asks about. */
  public void requireCovers(Staff staff, Survey survey) {
    Optional<Long> course = staff.course();
    if (course.isPresent() && !store.courseDelivers(course.get(), survey)) {
      throw new NotAllowed(
          "Survey "
              + survey.id()
              + " is about a program your course does not deliver: launch Kenes from a course"
              + " that delivers it.");
    }
  }

  /** The programs whose surveys the caller sees: null for all (administrators). */
  public List<Long> visiblePrograms(Staff staff) {
    return staff.course().map(store::programsDeliveredBy).orElse(null);
  }

  /** An administrator: the admin token or an admin session. */
  public void requireAdmin(HttpHeaders headers, String kt) {
    auth.requireAdmin(headers, kt);
  }
}
