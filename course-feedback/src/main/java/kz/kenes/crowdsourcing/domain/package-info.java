/**
 * The crowdsourcing model: {@link kz.kenes.crowdsourcing.domain.Campaign} with its stages,
 * schedule, governance and vote rules; {@link kz.kenes.crowdsourcing.domain.Proposal} with its
 * versions, comments, reports; the rules ({@link kz.kenes.crowdsourcing.domain.StageRules}, {@link
 * kz.kenes.crowdsourcing.domain.Governance}, {@link kz.kenes.crowdsourcing.domain.VoteRules},
 * {@link kz.kenes.crowdsourcing.domain.ProposalMerge}, {@link
 * kz.kenes.crowdsourcing.domain.ProposalDiff}, {@link
 * kz.kenes.crowdsourcing.domain.Effectiveness}); the repository interfaces and the context's
 * refusals. Depends on {@code platform.domain} and {@code platform.persistence} only: no
 * application, api or persistence class, no HTTP.
 *
 * <p>The rules of crowdsourcing: revision records ({@link
 * kz.kenes.crowdsourcing.domain.RevisionRecord} with its {@link
 * kz.kenes.crowdsourcing.domain.RevisionChange}s), their canonical form and hash chain ({@link
 * kz.kenes.crowdsourcing.domain.CanonicalForm}, {@link
 * kz.kenes.crowdsourcing.domain.RevisionChain}), the survey rounds that monitor a revision, the
 * similarity of texts ({@code Similar*}) and the repository interfaces. No HTTP, no SQL.
 */
package kz.kenes.crowdsourcing.domain;
