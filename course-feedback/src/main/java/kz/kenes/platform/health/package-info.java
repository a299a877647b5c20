/**
 * MicroProfile Health checks: {@code /health/ready} is up when the database answers, the migrations
 * of {@code platform.db} have run and the configuration is safe (no short admin token outside dev
 * mode), {@code /health/live} while the JVM has head-room. May depend on the other {@code platform}
 * packages only.
 */
package kz.kenes.platform.health;
