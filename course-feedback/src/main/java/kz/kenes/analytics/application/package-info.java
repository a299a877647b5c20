/**
 * Use cases of the analytics context: {@code SurveyReports} builds the before/after report of the
 * rounds asked for ({@code ReportAssembler} and its parts: {@code RoundAggregates}, {@code
 * GroupReports}, {@code ItemReports}, {@code ModuleReports}, {@code RoundReliabilities}), {@code
 * SurveyExports} writes the CSV, codebook and SPSS syntax, {@code ReportAccess} authorises a reader
 * and loads the survey once. The ports the persistence layer implements are here too: {@code
 * ReportQueries} (aggregates only, never single answers) and {@code ResponseExport} (the streamed
 * responses).
 *
 * <p>May depend on {@code analytics.domain}, {@code survey.domain} (scale, cut-offs, item content),
 * {@code survey.application.SurveyAccess} (who may read), {@code identity.domain} (the caller's
 * session) and {@code platform}. Never on HTTP ({@code jakarta.ws.rs}, servlets), {@code api},
 * {@code web} or {@code persistence}; no SQL here.
 */
package kz.kenes.analytics.application;
