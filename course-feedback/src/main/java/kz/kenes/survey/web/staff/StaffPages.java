package kz.kenes.survey.web.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.survey.application.SurveyAccess;
import kz.kenes.survey.application.SurveyAccess.Staff;
import kz.kenes.survey.domain.Survey;

/**
 * The staff member behind a survey page: the page session (its language, token and CSRF token) and
 * the survey rules of {@link SurveyAccess}: administrators, and instructors launched from a course
 * (learners get 403).
 */
@ApplicationScoped
public class StaffPages {

  @Inject PageSessions pages;
  @Inject SurveyAccess access;

  /** A page request of a staff member. */
  public record StaffRequest(PageRequest page, Staff staff) {}

  /** A page opened by a link: 401 without a session, 403 for a learner. */
  StaffRequest open(PageParams params) {
    PageRequest request = pages.open(params);
    return new StaffRequest(request, access.staffOf(request.session()));
  }

  /** A posted form: 401 without a session, 403 without its CSRF token or for a learner. */
  StaffRequest submit(HttpHeaders headers, MultivaluedMap<String, String> form) {
    PageRequest request = pages.submit(headers, form);
    return new StaffRequest(request, access.staffOf(request.session()));
  }

  /** The survey, if the staff member may run it (403 otherwise, 404 when unknown). */
  Survey survey(StaffRequest request, long surveyId) {
    return access.requireStaffOf(request.staff(), surveyId);
  }
}
