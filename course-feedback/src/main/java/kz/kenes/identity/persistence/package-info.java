/**
 * The sessions in the table {@code kenes_session}: {@link
 * kz.kenes.identity.persistence.JpaSessionStore} implements {@link
 * kz.kenes.identity.domain.SessionStore} (opened through JPA inside the launch's transaction,
 * resolved with one plain JDBC statement by the token's SHA-256, docs/adr/0008) on the entity
 * {@link kz.kenes.identity.persistence.KenesSessionEntity}; {@link
 * kz.kenes.identity.persistence.JdbcAdminTokenFailures}, the admin token throttle's count in {@code
 * admin_token_failure}. May depend on {@code identity.domain} and {@code platform}; nothing outside
 * a {@code persistence} package uses these classes, everyone else asks the {@code SessionStore}.
 */
package kz.kenes.identity.persistence;
