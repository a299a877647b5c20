/**
 * The crowdsourcing use cases: {@link kz.kenes.crowdsourcing.application.Campaigns} (open,
 * describe, move stages, give roles), {@link kz.kenes.crowdsourcing.application.Proposals} (submit,
 * versions, comments, moderation), {@link kz.kenes.crowdsourcing.application.Selection} (merge,
 * rate, shortlist, review, vote, decide) and {@link
 * kz.kenes.crowdsourcing.application.CampaignFigures}. {@link
 * kz.kenes.crowdsourcing.application.CampaignAccess} decides every caller's role in a campaign; the
 * rules themselves live in the domain. Refuses with domain exceptions; no HTTP.
 */
package kz.kenes.crowdsourcing.application;
