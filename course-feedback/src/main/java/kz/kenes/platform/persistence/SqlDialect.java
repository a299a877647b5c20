package kz.kenes.platform.persistence;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The two databases Kenes runs on, for the few statements whose SQL differs between them (an insert
 * that ignores a conflict, an update that answers the rows it changed). Everything else is written
 * once for both (ADR 0002).
 */
public enum SqlDialect {
  POSTGRESQL,
  H2;

  /** The dialect of the database behind this connection. */
  public static SqlDialect of(Connection connection) throws SQLException {
    return named(connection.getMetaData().getDatabaseProductName());
  }

  /** The dialect EclipseLink detected for this persistence unit. */
  public static SqlDialect of(EntityManager em) {
    return named(
        em.unwrap(org.eclipse.persistence.sessions.Session.class)
            .getDatasourcePlatform()
            .getClass()
            .getSimpleName());
  }

  static SqlDialect named(String name) {
    return name.toLowerCase(Locale.ROOT).contains("postgres") ? POSTGRESQL : H2;
  }
}
