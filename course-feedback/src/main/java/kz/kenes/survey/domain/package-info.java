/**
 * The survey model: {@link kz.kenes.survey.domain.Instrument} and its versions and items, {@link
 * kz.kenes.survey.domain.Survey} and its rounds, {@link kz.kenes.survey.domain.Invitation}, {@link
 * kz.kenes.survey.domain.SurveyResponse}, and the rules that check an answer sheet against an
 * instrument ({@link kz.kenes.survey.domain.AnswerSheet}).
 */
package kz.kenes.survey.domain;
