/**
 * The rules of crowdsourcing: revision records ({@link
 * kz.kenes.crowdsourcing.domain.RevisionRecord} with its {@link
 * kz.kenes.crowdsourcing.domain.RevisionChange}s), their canonical form and hash chain ({@link
 * kz.kenes.crowdsourcing.domain.CanonicalForm}, {@link
 * kz.kenes.crowdsourcing.domain.RevisionChain}), the survey rounds that monitor a revision, the
 * similarity of texts ({@code Similar*}) and the repository interfaces. No HTTP, no SQL.
 */
package kz.kenes.crowdsourcing.domain;
