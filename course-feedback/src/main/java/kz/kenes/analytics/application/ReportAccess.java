package kz.kenes.analytics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import kz.kenes.identity.api.Authenticator;
import kz.kenes.survey.application.SurveyAccess;
import kz.kenes.survey.application.SurveyAccess.Staff;

/**
 * Who may read a survey's report and exports: whoever may run the survey (the admin token, an
 * administrator, an instructor of a course that delivers the survey's program). 401 without
 * credentials, 404 for an unknown survey, 403 otherwise; decided by the survey context.
 */
@ApplicationScoped
public class ReportAccess {

  @Inject SurveyAccess surveys;
  @Inject Authenticator auth;

  public void requireReader(HttpHeaders headers, String kt, long surveyId) {
    boolean adminToken = Authenticator.bearer(headers).map(auth::adminTokenMatches).orElse(false);
    Staff staff =
        adminToken ? Staff.adminToken() : surveys.staffOf(auth.requireSession(headers, kt));
    surveys.requireStaffOf(staff, surveyId);
  }
}
