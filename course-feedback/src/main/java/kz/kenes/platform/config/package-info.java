/**
 * Every setting of Kenes in one place, {@link kz.kenes.platform.config.KenesConfig}: MicroProfile
 * Config with the environment variable named after a key always winning; keys and defaults are
 * documented in docs/configuration.md. Depends on nothing else in Kenes.
 */
package kz.kenes.platform.config;
