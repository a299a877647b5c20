/**
 * Column helpers every context's entities and stores share: {@link
 * kz.kenes.platform.persistence.Timestamps} ({@code Instant} to and from the UTC {@code
 * LocalDateTime} of a {@code timestamp} column, on which H2 and PostgreSQL agree) and {@link
 * kz.kenes.platform.persistence.JsonColumnConverter} (a value object as JSON text in one column).
 * Domain entities may use them (they carry JPA mappings); they depend on nothing else in Kenes.
 */
package kz.kenes.platform.persistence;
