/**
 * MicroProfile Health checks: {@code /health/ready} is up when the database answers and the
 * migrations of {@code platform.db} have run, {@code /health/live} while the JVM has head-room. May
 * depend on the other {@code platform} packages only.
 */
package kz.kenes.platform.health;
