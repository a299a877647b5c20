/**
 * Use cases of surveys: authoring instruments (and installing the starter library), running surveys
 * in rounds, making invitation links, and taking responses from learners ({@link
 * kz.kenes.survey.application.LearnerResponses}) and invited respondents ({@link
 * kz.kenes.survey.application.InvitationResponses}); who may run a survey ({@link
 * kz.kenes.survey.application.SurveyAccess}). Services check input whole before a transaction
 * starts; the repositories write. Depends on {@code survey.domain} (never on its persistence), on
 * the published interfaces of other contexts ({@code identity.domain}, {@code program.domain}
 * {@code CourseDeliveries}, {@code program.application}) and on {@code platform}'s domain and
 * configuration; no HTTP type: refusals are domain exceptions.
 */
package kz.kenes.survey.application;
