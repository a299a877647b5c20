package kz.kenes.survey.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import kz.kenes.identity.api.Authenticator;
import kz.kenes.survey.application.SurveyAccess;
import kz.kenes.survey.application.SurveyAccess.Staff;
import kz.kenes.survey.domain.Survey;

/**
 * The caller of a survey endpoint, from the request's headers (or the {@code kt} parameter of a
 * page): resolved by {@link Authenticator}, then judged by the survey rules of {@link
 * SurveyAccess}. 401 without credentials, 403 for a learner or a course that does not deliver the
 * survey, 404 for an unknown survey.
 */
@ApplicationScoped
public class SurveyCallers {

  @Inject Authenticator auth;
  @Inject SurveyAccess access;

  /** An administrator (the admin token, an admin session) or an instructor of some course. */
  public Staff requireStaff(HttpHeaders headers, String kt) {
    return auth.requireAdminTokenOrSession(headers, kt)
        .map(access::staffOf)
        .orElseGet(Staff::adminToken);
  }

  /** The survey, if the caller may run and read it. */
  public Survey requireStaffOf(HttpHeaders headers, String kt, long surveyId) {
    return access.requireStaffOf(requireStaff(headers, kt), surveyId);
  }

  /** An administrator: the admin token or an admin session. */
  public void requireAdmin(HttpHeaders headers, String kt) {
    auth.requireAdmin(headers, kt);
  }
}
