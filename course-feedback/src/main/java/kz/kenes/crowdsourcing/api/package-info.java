/**
 * The crowdsourcing REST API: revision records under {@code /api/admin/revisions} and {@code
 * /api/admin/programs/{id}/revisions}, the similar-text suggestions under {@code
 * /api/similar-texts}. Thin JAX-RS adapters over the application services; refusals become
 * problem+json through the platform's mappers.
 */
package kz.kenes.crowdsourcing.api;
