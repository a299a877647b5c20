package kz.kenes.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kz.kenes.integration.lti.application.FrameAncestors;

/**
 * Security headers on every answer: a strict Content-Security-Policy (own scripts and styles only;
 * framing only by registered platforms), no referrer to other sites (pages carry the session token
 * in their URLs), no MIME sniffing, and no caching of anything personal.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

  @Inject FrameAncestors frameAncestors;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!req.getRequestURI().startsWith("/dev/")) {
      // the dev platform's pages set their own policy: they frame Kenes and post to it
      res.setHeader(
          "Content-Security-Policy",
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
              + " object-src 'none'; base-uri 'none'; frame-ancestors "
              + frameAncestors.sources());
    }
    res.setHeader("Referrer-Policy", "same-origin");
    res.setHeader("X-Content-Type-Options", "nosniff");
    if (!req.getRequestURI().startsWith("/static/") && !req.getRequestURI().equals("/lti/jwks")) {
      res.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(req, res);
  }
}
