/**
 * Surveys: versioned instruments of 4-point scale, choice and open items; surveys that ask an
 * instrument about a program or module in rounds (baseline, follow-up); invitation links for
 * applicants, employers and graduates; and the responses, idempotent and validated. The analysis of
 * the answers lives in {@code kz.kenes.analytics}. The survey bounded context: {@code domain} holds
 * the entities, value objects, repository interfaces and refusals, {@code application} the use
 * cases, {@code api} the REST API, {@code web} the respondents' pages and {@code web.staff} the
 * staff's, {@code persistence} the repositories. What a course delivers is asked of {@code program}
 * through {@code CourseDeliveries}; the one query that joins program's tables is {@code
 * persistence.CrossContextQueries} (docs/adr/0009-cross-context-queries.md).
 */
package kz.kenes.survey;
