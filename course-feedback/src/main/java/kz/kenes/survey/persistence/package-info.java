/**
 * The survey repositories on their tables ({@code V4__surveys.sql}): {@code Jpa*Repository}
 * implement the interfaces of {@code survey.domain} (instruments, groups, surveys with their rounds
 * and invitations through JPA; a response's answers written with a plain JDBC batch, {@link
 * kz.kenes.survey.persistence.JdbcAnswerRows}). {@link
 * kz.kenes.survey.persistence.CrossContextQueries} is the one class here that reads another
 * context's tables (ADR 0009). Depends on {@code survey.domain} and {@code platform.persistence};
 * nothing outside this package uses these classes except through the domain interfaces.
 */
package kz.kenes.survey.persistence;
