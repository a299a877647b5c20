/**
 * Surveys: versioned instruments of 4-point scale, choice and open items; surveys that ask an
 * instrument about a program or module in rounds (baseline, follow-up); invitation links for
 * applicants, employers and graduates; and the responses, idempotent and validated. The analysis of
 * the answers lives in {@code kz.kenes.analytics}.
 */
package kz.kenes.survey;
