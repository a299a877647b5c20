/**
 * Use cases of crowdsourcing: {@code RevisionLedger} (drafts, applying and sealing, the chain
 * check), {@code RevisionModules} (changes through the program context's {@code ModuleCatalog}),
 * {@code RevisionDiffs} (java-diff-utils between module versions), {@code RevisionMonitors} (survey
 * rounds before and after, through the survey context's {@code SurveyAccess}) and {@code
 * SimilarProposals} (the Lucene index derived from {@code similar_text_entry}). Transactions live
 * here; refusals are domain exceptions.
 */
package kz.kenes.crowdsourcing.application;
