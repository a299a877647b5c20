package kz.kenes.analytics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.kenes.analytics.application.ReportQueries.SurveyHead;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.survey.application.SurveyAccess;
import kz.kenes.survey.application.SurveyAccess.Staff;
import kz.kenes.survey.domain.Survey;

/**
 * Who may read a survey's report and exports: whoever may run the survey (the admin token, an
 * administrator, an instructor of a course that delivers the survey's program), decided by the
 * survey context. The caller comes resolved from the api or web layer; the survey is loaded once,
 * here, and handed on as the {@link SurveyHead} the report is titled with.
 */
@ApplicationScoped
public class ReportAccess {

  @Inject SurveyAccess surveys;

  /** The staff member of a session; learners are refused (403). */
  public Staff staffOf(KenesSession session) {
    return surveys.staffOf(session);
  }

  /** The survey, if this staff member may read its report: 404 unknown, 403 not theirs. */
  public SurveyHead requireReader(Staff staff, long surveyId) {
    Survey survey = surveys.requireStaffOf(staff, surveyId);
    return new SurveyHead(
        survey.id(), survey.title(), survey.programId(), survey.moduleId().orElse(null));
  }
}
