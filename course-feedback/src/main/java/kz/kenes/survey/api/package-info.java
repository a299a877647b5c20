/**
 * The survey REST API (docs/surveys.md): instruments (admin), stakeholder groups, surveys with
 * their rounds and invitation links (staff), and the respondents' endpoints (learners by session,
 * invited respondents by link), with their request and response records. {@link
 * kz.kenes.survey.api.SurveyCallers} turns a request's credentials into a survey caller. Depends on
 * {@code survey.application} and {@code survey.domain}, {@code identity.api} and {@code platform};
 * refusals are answered by the platform's exception mappers.
 */
package kz.kenes.survey.api;
