package kz.kenes.platform.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Security headers on every answer: a strict Content-Security-Policy (own scripts and styles only;
 * framing only by registered platforms), no referrer to other sites (pages carry the session token
 * in their URLs), no MIME sniffing, and no caching of anything personal.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

  @Inject Instance<HeaderRules> contributed;

  private volatile List<HeaderRules> rules;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String path = req.getRequestURI();
    List<HeaderRules> all = rules();
    if (all.stream().noneMatch(r -> r.ownsContentSecurityPolicy(path))) {
      res.setHeader("Content-Security-Policy", contentSecurityPolicy(all));
    }
    res.setHeader("Referrer-Policy", "same-origin");
    res.setHeader("X-Content-Type-Options", "nosniff");
    if (!path.startsWith("/static/") && all.stream().noneMatch(r -> r.cacheable(path))) {
      res.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(req, res);
  }

  /** Own scripts and styles only; framed by this origin and the origins the rules allow. */
  static String contentSecurityPolicy(List<HeaderRules> rules) {
    StringBuilder policy = new StringBuilder(framedBy(""));
    for (HeaderRules r : rules) {
      String sources = r.frameAncestors();
      if (!sources.isBlank()) {
        policy.append(' ').append(sources);
      }
    }
    return policy.toString();
  }

  /**
   * The policy of every page, framed by this origin and {@code sources} (space-separated CSP
   * sources, may be empty): for a page that {@link HeaderRules#ownsContentSecurityPolicy owns its
   * policy} only to widen {@code frame-ancestors}.
   */
  public static String framedBy(String sources) {
    String policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " object-src 'none'; base-uri 'none'; frame-ancestors 'self'";
    return sources == null || sources.isBlank() ? policy : policy + " " + sources.strip();
  }

  private List<HeaderRules> rules() {
    List<HeaderRules> found = rules;
    if (found == null) {
      found = contributed.stream().toList();
      rules = found;
    }
    return found;
  }
}
