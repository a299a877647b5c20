/**
 * The crowdsourcing benchmark of docs/performance.md ("Crowdsourcing dashboard: 100,000
 * proposals"): the generator of a campaign of 100,000 proposals beside smaller campaigns of the
 * same university ({@link kz.kenes.bench.crowd.CampaignDataGenerator}), the timing of the figures
 * dashboard, API and CSV over HTTP with EXPLAIN of each figures statement ({@link
 * kz.kenes.bench.crowd.CampaignDashboardTiming}) and the check of merges and figures at that scale
 * ({@link kz.kenes.bench.crowd.CampaignScaleCheck}). Main classes run by Maven profiles, never
 * tests; the pure parts ({@link kz.kenes.bench.crowd.CampaignShape}, {@link
 * kz.kenes.bench.crowd.MergeExpectation}) have unit tests.
 */
package kz.kenes.bench.crowd;
