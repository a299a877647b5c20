/**
 * The crowdsourcing use cases: {@link kz.kenes.crowdsourcing.application.Campaigns} (open,
 * describe, move stages, give roles), {@link kz.kenes.crowdsourcing.application.Proposals} (submit,
 * versions, comments, moderation), {@link kz.kenes.crowdsourcing.application.Selection} (merge,
 * rate, shortlist, review, vote, decide) and {@link
 * kz.kenes.crowdsourcing.application.CampaignFigures}. {@link
 * kz.kenes.crowdsourcing.application.CampaignAccess} decides every caller's role in a campaign; the
 * rules themselves live in the domain. Refuses with domain exceptions; no HTTP.
 *
 * <p>Use cases of crowdsourcing: {@code RevisionLedger} (drafts, applying and sealing, the chain
 * check), {@code RevisionModules} (changes through the program context's {@code ModuleCatalog}),
 * {@code RevisionDiffs} (java-diff-utils between module versions), {@code RevisionMonitors} (survey
 * rounds before and after, through the survey context's {@code SurveyAccess}) and {@code
 * SimilarProposals} (the Lucene index derived from {@code similar_text_entry}). Transactions live
 * here; refusals are domain exceptions.
 */
package kz.kenes.crowdsourcing.application;
