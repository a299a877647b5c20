/**
 * The survey benchmarks of docs/performance.md ("Surveys: 1,000,000 answers"): the generator of a
 * realistic study in PostgreSQL ({@link kz.kenes.bench.survey.SurveyDataGenerator}), the report's
 * timing in-process and over HTTP ({@link kz.kenes.bench.survey.SurveyReportTiming}) and the
 * submission load through an invitation link ({@link
 * kz.kenes.bench.survey.SubmissionLoadGenerator}). Main classes run by Maven profiles, never tests.
 */
package kz.kenes.bench.survey;
