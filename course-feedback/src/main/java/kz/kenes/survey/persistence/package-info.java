/**
 * The survey model in its tables ({@code V4__surveys.sql}): instruments, surveys, rounds and
 * invitations through JPA; answers written with plain parameterised SQL in one statement per
 * response.
 */
package kz.kenes.survey.persistence;
