/**
 * The crowdsourcing repositories: JPA for the entities of {@code crowdsourcing.domain}, plain JDBC
 * on the container's data source (in the caller's transaction) for the rows keyed by two columns:
 * given roles, co-authors, ratings, reviews and votes; and the SQL of the effectiveness figures.
 * Reads only the crowdsourcing context's tables. Used only through the domain's interfaces.
 */
package kz.kenes.crowdsourcing.persistence;
