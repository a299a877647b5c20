/**
 * The quiz context's JPA repositories over {@code quiz}, {@code quiz_attempt} and {@code
 * quiz_grant} (V24): implementations of the {@code quiz.domain} interfaces, used by nothing but
 * CDI.
 */
package kz.kenes.quiz.persistence;
