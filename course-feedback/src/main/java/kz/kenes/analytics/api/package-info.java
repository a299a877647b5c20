/**
 * The analytics REST API: {@code GET /api/surveys/{id}/report} ({@code SurveyReportResource},
 * answered as {@code ReportView} with the statistics shaped by {@code StatViews}: every statistic
 * says whether it is available, and why not) and the files under {@code /api/surveys/{id}/export}
 * ({@code SurveyExportResource}). Survey's {@code SurveyCallers} turns the request's credentials
 * (admin token, Bearer session or {@code kt}) into the staff member that {@code ReportAccess}
 * authorises.
 *
 * <p>May depend on {@code analytics.application}, {@code analytics.domain}, {@code identity.api}
 * (who is calling), {@code survey.api.SurveyCallers}, {@code
 * survey.application.SurveyAccess.Staff}, {@code survey.domain} types carried by the report, and
 * {@code platform}. Never on {@code persistence}.
 */
package kz.kenes.analytics.api;
