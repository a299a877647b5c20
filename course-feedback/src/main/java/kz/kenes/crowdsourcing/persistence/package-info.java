/**
 * The crowdsourcing repositories: JPA for the entities of {@code crowdsourcing.domain}, plain JDBC
 * on the container's data source (in the caller's transaction) for the rows keyed by two columns:
 * given roles, co-authors, ratings, reviews and votes; and the SQL of the effectiveness figures.
 * Reads only the crowdsourcing context's tables. Used only through the domain's interfaces.
 *
 * <p>The crowdsourcing stores: {@code JdbcRevisionRecords} (V32: revision records, their changes,
 * proposals and monitoring rounds) and {@code JdbcSimilarTexts} (V33: the similar-text entries and
 * their scopes' version stamps), plain JDBC in the caller's transaction. Used only through the
 * domain's interfaces.
 *
 * <p>{@code CampaignParticipants} (V50, ADR 0033): who took part in a campaign and in which group,
 * written by {@code JpaProposalRepository} with each proposal, comment and vote it stores, read by
 * the figures and the members page.
 */
package kz.kenes.crowdsourcing.persistence;
