/**
 * The crowdsourcing REST API (docs/crowdsourcing.md, "API"): campaigns under {@code
 * /api/campaigns}, proposals and their selection under {@code /api/proposals}, an author's
 * notifications. Every endpoint asks {@code identity.api.Authenticator} who is calling; the
 * application decides what they may do. Request and response records live here.
 *
 * <p>The crowdsourcing REST API: revision records under {@code /api/admin/revisions} and {@code
 * /api/admin/programs/{id}/revisions}, the similar-text suggestions under {@code
 * /api/similar-texts}. Thin JAX-RS adapters over the application services; refusals become
 * problem+json through the platform's mappers.
 */
package kz.kenes.crowdsourcing.api;
