/**
 * The crowdsourcing REST API (docs/crowdsourcing.md, "API"): campaigns under {@code
 * /api/campaigns}, proposals and their selection under {@code /api/proposals}, an author's
 * notifications. Every endpoint asks {@code identity.api.Authenticator} who is calling; the
 * application decides what they may do. Request and response records live here.
 */
package kz.kenes.crowdsourcing.api;
