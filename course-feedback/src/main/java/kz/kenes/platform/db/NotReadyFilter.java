package kz.kenes.platform.db;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Until the schema is migrated ({@link DatabaseMigration}), every request but the health checks and
 * static files is answered {@code 503 Service Unavailable} with a problem+json body and a {@code
 * Retry-After}, instead of reaching a database whose tables are missing or out of date. Each
 * refused request also gives the migration its next try (at most every 10 s), so a node whose
 * database was down at start serves again once it is back, probed or not.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class NotReadyFilter extends HttpFilter {

  static final String BODY =
      "{\"type\":\"urn:kenes:problem:not-ready\",\"title\":\"Service Unavailable\",\"status\":503,"
          + "\"detail\":\"Kenes is starting or cannot reach its database yet: try again in a"
          + " few seconds.\"}";

  @Inject DatabaseMigration migration;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (passes(req.getRequestURI()) || migration.retryIfDue()) {
      chain.doFilter(req, res);
      return;
    }
    res.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    res.setHeader("Retry-After", Long.toString(DatabaseMigration.RETRY_AFTER.toSeconds()));
    res.setHeader("Cache-Control", "no-store");
    res.setContentType("application/problem+json");
    res.getOutputStream().write(BODY.getBytes(StandardCharsets.UTF_8));
  }

  /** Paths served whatever the database: the health checks and the static files. */
  static boolean passes(String path) {
    return path.equals("/health") || path.startsWith("/health/") || path.startsWith("/static/");
  }
}
