/** JPA implementations of the program repositories, on the persistence unit {@code kenes}. */
package kz.kenes.program.persistence;
