/**
 * The report page {@code /app/surveys/{id}/report} ({@code ReportPageResource}, rendered by {@code
 * ReportPage} from {@code templates/analytics/report.html} with {@code static/report.js} and {@code
 * report.css}). The page's parts live apart: {@code ReportTables} (Table 2, scale score per group
 * and module, Cronbach's alpha), {@code ItemTables} (answer distributions, options chosen), {@code
 * ReportCharts} (the charts' data as JSON) and {@code ReportNumbers} (how every number is written
 * in the page's language).
 *
 * <p>May depend on {@code analytics.application}, {@code analytics.domain}, {@code identity.web}
 * (the page's session and language), {@code survey.domain} types carried by the report, and {@code
 * platform} (views, messages, static assets). Never on {@code persistence} or {@code api}.
 */
package kz.kenes.analytics.web;
