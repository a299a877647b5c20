/**
 * The staff's pages for surveys: the surveys an instructor or administrator runs with the form to
 * create one ({@code /app/surveys}), a survey's rounds with their response counts per stakeholder
 * group, the forms that add, close and reopen rounds, the invitation links of a round (made and
 * shown once, listed, revoked), and the administrator's instrument pages ({@code
 * /app/admin/instruments}). Pages call the survey application services with the same rules as the
 * REST API; forms post the session token and its CSRF token, come back with a 400 and the fields at
 * fault marked when refused, and redirect with a confirmation when saved. Dates typed in the forms
 * are in UTC. Templates live in {@code templates/surveys/staff/}. Depends on {@code
 * survey.application}, {@code survey.domain}, {@code survey.api} views, {@code identity.web} and
 * {@code platform.web}.
 */
package kz.kenes.survey.web.staff;
