package kz.kenes.platform.db;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import kz.kenes.platform.text.UntrustedText;

/**
 * Answers {@code 503 Service Unavailable} with a {@code Retry-After} (problem+json, or the error
 * page for a browser: {@link UnavailableAnswer}) to every request but the health checks and static
 * files while the database cannot serve it, instead of letting each request find that out for
 * itself:
 *
 * <ul>
 *   <li>until the schema is migrated ({@link DatabaseMigration}): each refused request also gives
 *       the migration its next try (at most every 10 s), so a node whose database was down at start
 *       serves again once it is back, probed or not;
 *   <li>while the database is out after start ({@link DatabaseOutage}): refused at once, without a
 *       connection attempt, while one request every 2 s probes the database; the first probe that
 *       reaches it lets requests through again.
 * </ul>
 *
 * A failure of the database that reaches this filter from further down the chain (another filter
 * reads the database: the frame-ancestors rule of the security headers) is answered the same way
 * instead of with the server's bare 500 page.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class NotReadyFilter extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(NotReadyFilter.class.getName());

  static final String NOT_READY =
      "Kenes is starting or cannot reach its database yet: try again in a few seconds.";
  static final String OUT =
      "Kenes cannot reach its database at the moment: try again in a few seconds.";

  @Inject DatabaseMigration migration;
  @Inject DatabaseOutage outage;
  @Inject UnavailableAnswer answer;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (passes(req.getRequestURI())) {
      chain.doFilter(req, res);
    } else if (!migration.retryIfDue()) {
      answer.write(req, res, "not-ready", NOT_READY, DatabaseMigration.RETRY_AFTER);
    } else if (outage.refuses()) {
      answer.write(req, res, "database-unavailable", OUT, DatabaseOutage.PROBE_EVERY);
    } else {
      try {
        chain.doFilter(req, res);
      } catch (ServletException | RuntimeException e) {
        if (res.isCommitted() || !answeredFailure(req, res, e)) {
          throw e;
        }
      }
    }
  }

  /**
   * A failure of the database that escaped the JAX-RS exception mappers (a servlet filter reached
   * the database): 503 like theirs, and an unreachable database starts the outage. False when the
   * failure is not the database's.
   */
  private boolean answeredFailure(HttpServletRequest req, HttpServletResponse res, Exception e)
      throws IOException {
    boolean unreachable = DatabaseFailures.isUnavailable(e);
    if (!unreachable && !DatabaseFailures.isTimeout(e)) {
      return false;
    }
    if (unreachable) {
      outage.failed(e);
    }
    LOG.warning(
        () ->
            "Database failure in a filter ("
                + DatabaseFailures.summary(e)
                + "), answered 503 on "
                + UntrustedText.forLog(req.getRequestURI()));
    res.reset();
    answer.write(req, res, "database-unavailable", OUT, DatabaseOutage.PROBE_EVERY);
    return true;
  }

  /** Paths served whatever the database: the health checks and the static files. */
  static boolean passes(String path) {
    return path.equals("/health") || path.startsWith("/health/") || path.startsWith("/static/");
  }
}
