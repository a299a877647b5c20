/**
 * The survey model: {@link kz.kenes.survey.domain.Instrument} and its versions and items, {@link
 * kz.kenes.survey.domain.Survey} and its rounds, {@link kz.kenes.survey.domain.Invitation}, {@link
 * kz.kenes.survey.domain.SurveyResponse}, the rules that check an answer sheet against an
 * instrument ({@link kz.kenes.survey.domain.AnswerSheet}), the scale and its levels; the repository
 * interfaces ({@code *Repository}, {@link kz.kenes.survey.domain.OpenRounds}) with the records they
 * return; and the survey's own refusals ({@link kz.kenes.survey.domain.RoundClosed}, {@link
 * kz.kenes.survey.domain.RoundNotOpen}, {@link kz.kenes.survey.domain.InvitationUnavailable},
 * {@link kz.kenes.survey.domain.UnknownInvitation}, {@link
 * kz.kenes.survey.domain.InstrumentCodeTaken}). Depends on {@code platform.domain} and {@code
 * platform.persistence} (column helpers) only: no application, api, web or persistence class, no
 * HTTP.
 */
package kz.kenes.survey.domain;
