/**
 * The survey REST API (docs/surveys.md): instruments (admin), stakeholder groups, surveys with
 * their rounds and invitation links (staff), and the respondents' endpoints (learners by session,
 * invited respondents by link).
 */
package kz.kenes.survey.api;
