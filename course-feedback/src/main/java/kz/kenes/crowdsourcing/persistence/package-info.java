/**
 * The crowdsourcing stores: {@code JdbcRevisionRecords} (V32: revision records, their changes,
 * proposals and monitoring rounds) and {@code JdbcSimilarTexts} (V33: the similar-text entries and
 * their scopes' version stamps), plain JDBC in the caller's transaction. Used only through the
 * domain's interfaces.
 */
package kz.kenes.crowdsourcing.persistence;
