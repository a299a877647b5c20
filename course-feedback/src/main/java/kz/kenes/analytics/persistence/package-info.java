/**
 * The analytics context's JDBC on {@code jdbc/kenes}: {@code JdbcReportQueries} answers the
 * report's {@code ReportQueries} port with one class per query family ({@code SurveyStructureSql},
 * {@code ResponseScoreSql}, {@code ItemAnswerSql}, {@code ModuleScoreSql}, {@code ReliabilitySql};
 * {@code Sql} runs a statement and reads the shared aggregate columns), and {@code
 * JdbcResponseExport} streams the responses for the CSV. This is the one place in Kenes that reads
 * another context's tables ({@code survey_*}, {@code instrument_*}, {@code stakeholder_group},
 * {@code program_module}), read-only, on purpose (docs/adr/0006): every statistic is a {@code
 * COUNT}/{@code SUM} with {@code GROUP BY} and bound parameters.
 *
 * <p>May depend on {@code analytics.application} (the ports it implements and their rows), {@code
 * analytics.domain} (the aggregates), {@code survey.domain} value types (cut-offs) and {@code
 * platform}. Used by nothing but CDI, through the ports.
 */
package kz.kenes.analytics.persistence;
