package kz.kenes.analytics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import kz.kenes.survey.application.SurveyAccess;

/**
 * Who may read a survey's report and exports: whoever may run the survey (the admin token, an
 * administrator, an instructor of a course that delivers the survey's program). 401 without
 * credentials, 404 for an unknown survey, 403 otherwise; decided by the survey context.
 */
@ApplicationScoped
public class ReportAccess {

  @Inject SurveyAccess surveys;

  public void requireReader(HttpHeaders headers, String kt, long surveyId) {
    surveys.requireStaffOf(headers, kt, surveyId);
  }
}
