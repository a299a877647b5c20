/**
 * The analysis of a survey's answers: the before/after report (descriptive statistics per group,
 * t-tests, Cohen's d, chi-square, Cronbach's alpha, the papers' Table 2) as JSON and as a printable
 * page with charts, and the raw data as CSV, codebook and SPSS syntax. The analytics bounded
 * context reads the survey tables with SQL ({@code GROUP BY} in the database, never the answers in
 * memory; docs/adr/0006) and writes nothing there; who may read a report is asked of {@code
 * kz.kenes.survey.application.SurveyAccess}. Layers: {@code domain} (the statistics) ← {@code
 * application} (report and exports) ← {@code api} (JSON, files) and {@code web} (the page); {@code
 * persistence} implements the application's query ports in JDBC.
 */
package kz.kenes.analytics;
