/**
 * Integration tests of surveys over HTTP against the running server: the respondents' pages (a
 * learner's round form, the invitation link page) and the counts the survey API reports after them.
 * Data is set up through the admin API by {@link it.kenes.survey.SurveyFixture}.
 */
package it.kenes.survey;
