/**
 * The crowdsourcing pages: a campaign's page for its members ({@code /app/campaigns/{id}}: the
 * task, the stage open and until when, the vote rules, the proposals, the proposal form during
 * collection and the votes during voting; forms without JavaScript, with the session and CSRF
 * tokens), the public page of a campaign ({@code /campaigns/{id}}), the landing page's campaigns
 * ({@link kz.kenes.crowdsourcing.web.CampaignSection}) and campaigns as deep-linkable activities
 * ({@link kz.kenes.crowdsourcing.web.CampaignActivities}).
 *
 * <p>The crowdsourcing pages: the administrator's revision history of a program and of a module, a
 * revision's page (draft changes, applying with a confirmation, the survey rounds), the diff
 * between module versions and the chain check. Server-rendered, no JavaScript, CSRF on every form.
 */
package kz.kenes.crowdsourcing.web;
