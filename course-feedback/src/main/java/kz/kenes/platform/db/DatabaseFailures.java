package kz.kenes.platform.db;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Tells a failure of the database itself (unreachable, refusing, hung, shutting down, the pool
 * waited in vain) from a failure of the request, wherever it sits in an exception's causes: JPA
 * wraps the driver's {@link SQLException} in EclipseLink's and then in a {@code
 * PersistenceException}, a transaction in a {@code TransactionalException}. Such a failure is
 * answered 503 with {@code Retry-After} ({@link DatabaseOutage}), never 500: the request was right,
 * and will succeed once the database is back.
 *
 * <p>What counts: SQLState class {@code 08} (connection exception, the PostgreSQL driver's
 * connection refused, I/O error and socket timeout), {@code 57P01}–{@code 57P03} (the server is
 * shutting down or starting), {@link SQLTransientConnectionException}, {@link
 * SQLNonTransientConnectionException}, and a {@link ConnectException} or {@link
 * SocketTimeoutException} under either. A statement cancelled by its query timeout ({@code 57014},
 * {@link SQLTimeoutException}) and the pool's wait timeout (Liberty's {@code
 * ConnectionWaitTimeoutException}: all connections busy) are {@linkplain #isTimeout timeouts}: also
 * 503, but no sign that the database is gone. A busy pool is the server's own load; were it read as
 * an outage, a burst of slow requests would make the node refuse everyone (when the database does
 * hang, the socket and login timeouts behind the busy pool start the outage).
 *
 * @see <a href="https://www.postgresql.org/docs/15/errcodes-appendix.html">PostgreSQL error
 *     codes</a>
 */
public final class DatabaseFailures {

  private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");
  private static final String QUERY_CANCELED = "57014";

  private DatabaseFailures() {}

  /** Whether {@code failure} or one of its causes says the database cannot be reached now. */
  public static boolean isUnavailable(Throwable failure) {
    return anyCause(failure, DatabaseFailures::connectionLost);
  }

  /**
   * Whether the database was reached but a statement ran out of its time (the query timeout): the
   * request may succeed later, the database is not known to be gone.
   */
  public static boolean isTimeout(Throwable failure) {
    return anyCause(
        failure,
        t ->
            t instanceof SQLTimeoutException
                || isPoolWaitTimeout(t)
                || (t instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())));
  }

  /**
   * The innermost cause's class and SQLState, for a log line: enough to tell refused from hung from
   * a pool timeout, and no data of the request.
   */
  public static String summary(Throwable failure) {
    Throwable root = failure;
    SQLException deepestSql = failure instanceof SQLException sql ? sql : null;
    for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 64; depth++) {
      root = root.getCause();
      if (root instanceof SQLException sql) {
        deepestSql = sql;
      }
    }
    if (deepestSql == null) {
      return root.getClass().getSimpleName();
    }
    String text = deepestSql.getClass().getSimpleName() + " SQLState " + deepestSql.getSQLState();
    return root == deepestSql ? text : text + ", " + root.getClass().getSimpleName();
  }

  /** Liberty's ConnectionWaitTimeoutException, known by name: the class is Liberty's own. */
  private static boolean isPoolWaitTimeout(Throwable t) {
    return t instanceof SQLTransientConnectionException
        && t.getClass().getSimpleName().equals("ConnectionWaitTimeoutException");
  }

  private static boolean connectionLost(Throwable t) {
    if (isPoolWaitTimeout(t)) {
      return false;
    }
    if (t instanceof SQLTransientConnectionException
        || t instanceof SQLNonTransientConnectionException
        || t instanceof ConnectException
        || t instanceof SocketTimeoutException) {
      return true;
    }
    if (t instanceof SQLException sql && sql.getSQLState() != null) {
      String state = sql.getSQLState();
      return state.startsWith("08") || SERVER_GOING_AWAY.contains(state);
    }
    return false;
  }

  /** Walks causes, suppressed exceptions and the chain of {@link SQLException#getNextException}. */
  private static boolean anyCause(Throwable failure, java.util.function.Predicate<Throwable> test) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    java.util.Deque<Throwable> open = new java.util.ArrayDeque<>();
    if (failure != null) {
      open.push(failure);
    }
    while (!open.isEmpty() && seen.size() < 64) {
      Throwable t = open.pop();
      if (seen.put(t, Boolean.TRUE) != null) {
        continue;
      }
      if (test.test(t)) {
        return true;
      }
      if (t.getCause() != null) {
        open.push(t.getCause());
      }
      if (t instanceof SQLException sql && sql.getNextException() != null) {
        open.push(sql.getNextException());
      }
      for (Throwable suppressed : t.getSuppressed()) {
        open.push(suppressed);
      }
    }
    return false;
  }
}
