/**
 * The database schema at start-up: {@link kz.kenes.platform.db.DatabaseMigration} runs the Flyway
 * scripts of {@code db/migration} (one set for H2 and PostgreSQL, docs/adr/0002) on the data source
 * {@code jdbc/kenes} and then fires {@code SchemaReady}, which start-up work of other packages
 * observes; while it has not succeeded it is tried again, and {@link
 * kz.kenes.platform.db.NotReadyFilter} answers 503 to every request but the health checks and
 * static files. May depend on the other {@code platform} packages only.
 */
package kz.kenes.platform.db;
