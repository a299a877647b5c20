/**
 * The respondents' pages: the open rounds on a learner's landing page, a round's form for a learner
 * launched from their course ({@code /app/surveys/rounds/{id}}, session token and CSRF token in the
 * form, drafts autosaved by {@code survey.js}), and the page of an invitation link ({@code
 * /survey/i/{token}}, no session) with its thank-you page. Pages work without JavaScript: a plain
 * form post, redirected to a confirmation when saved, or answered 400 with the answers kept and
 * each item at fault marked; a refusal the page shows itself is told by its domain type ({@code
 * RoundClosed}, {@code InvitationUnavailable}), never by a status number. Posted fields are read by
 * {@link kz.kenes.survey.web.AnswerFields}; what a page shows is built by {@link
 * kz.kenes.survey.web.SurveyForm} and rendered by {@link kz.kenes.survey.web.SurveyPages}. Depends
 * on {@code survey.application}, {@code survey.domain}, {@code survey.api} views, {@code
 * identity.web} and {@code platform.web}.
 */
package kz.kenes.survey.web;
