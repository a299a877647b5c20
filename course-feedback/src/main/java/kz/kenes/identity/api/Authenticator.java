package kz.kenes.identity.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import kz.kenes.identity.application.SignInThrottle;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.identity.domain.SessionTokens;
import kz.kenes.identity.domain.UniversityScope;
import kz.kenes.platform.config.KenesConfig;
import kz.kenes.platform.domain.NotAllowed;
import kz.kenes.platform.domain.NotAuthenticated;

/**
 * Who is calling: a session (its token as {@code Authorization: Bearer}, or the page reference that
 * pages carry in links and forms as {@code kt}, see {@link SessionReferences}) or, for the admin
 * API, the configured admin token. Every endpoint asks here before it does anything. Every bearer
 * offered where the admin token is taken goes through {@link SignInThrottle}: one that is neither
 * the admin token nor a live session counts as a wrong try of the client address, and an address
 * with too many is refused (429).
 */
@ApplicationScoped
public class Authenticator {

  /** Name of the query or form parameter that carries the page reference of the session. */
  public static final String TOKEN_PARAM = "kt";

  /** Name of the form parameter that carries the CSRF token. */
  public static final String CSRF_PARAM = "csrf";

  @Inject SessionReferences references;
  @Inject KenesConfig config;
  @Inject SignInThrottle throttle;
  @Inject HttpServletRequest request;

  /** The caller of an admin endpoint: the admin token holder or an admin session. */
  public record AdminCaller(Optional<KenesSession> session) {

    /** The universities the caller administers: all for the admin token (the operator). */
    public UniversityScope scope() {
      return session.map(KenesSession::scope).orElse(UniversityScope.ofOperator());
    }
  }

  public Optional<KenesSession> session(HttpHeaders headers, String tokenParam) {
    Optional<String> bearer = bearer(headers);
    return bearer.isPresent()
        ? references.resolve(bearer.get(), SessionReferences.Use.BEARER)
        : references.resolve(tokenParam, SessionReferences.Use.LINK);
  }

  public KenesSession requireSession(HttpHeaders headers, String tokenParam) {
    return session(headers, tokenParam)
        .orElseThrow(
            () ->
                new NotAuthenticated(
                    "No valid Kenes session: launch Kenes again from your course (sessions end"
                        + " after a few hours)."));
  }

  /** A session whose CSRF token matches the one posted with the form. */
  public KenesSession requireFormSession(String token, String csrf) {
    KenesSession session =
        references
            .resolve(token, SessionReferences.Use.FORM)
            .orElseThrow(
                () ->
                    new NotAuthenticated(
                        "Your Kenes session has ended: launch Kenes again from your course."));
    if (csrf == null || !SessionTokens.constantTimeEquals(csrf, session.csrfToken())) {
      throw new NotAllowed(
          "The form could not be verified (missing or wrong CSRF token): reload the page and try"
              + " again.");
    }
    return session;
  }

  public AdminCaller requireAdmin(HttpHeaders headers, String tokenParam) {
    Optional<KenesSession> caller =
        adminTokenOrSession(headers, tokenParam)
            .orElseThrow(
                () ->
                    new NotAuthenticated(
                        "The admin API needs 'Authorization: Bearer <admin token>' or the session"
                            + " of an administrator's LTI launch."));
    if (caller.isPresent() && !caller.get().isAdmin()) {
      throw new NotAllowed("Only administrators may do this.");
    }
    return new AdminCaller(caller);
  }

  /**
   * The caller of a staff endpoint, with the bearer looked up once: the admin token (an empty
   * session) or a session (401 without either). A bearer that is neither counts as a wrong try of
   * the admin token.
   */
  public Optional<KenesSession> requireAdminTokenOrSession(HttpHeaders headers, String tokenParam) {
    return adminTokenOrSession(headers, tokenParam)
        .orElseThrow(
            () ->
                new NotAuthenticated(
                    "No valid Kenes session: launch Kenes again from your course (sessions end"
                        + " after a few hours)."));
  }

  /** Empty: no caller; an empty session inside: the admin token; else the caller's session. */
  private Optional<Optional<KenesSession>> adminTokenOrSession(
      HttpHeaders headers, String tokenParam) {
    Optional<String> bearer = bearer(headers);
    BearerCheck check = check(bearer);
    if (check.adminToken()) {
      return Optional.of(Optional.empty());
    }
    Optional<KenesSession> session =
        bearer.isPresent()
            ? check.session()
            : references.resolve(tokenParam, SessionReferences.Use.LINK);
    return session.map(Optional::of);
  }

  /** What a bearer is: the admin token, or the session it resolves to (empty: neither). */
  private record BearerCheck(boolean adminToken, Optional<KenesSession> session) {}

  private BearerCheck check(Optional<String> bearer) {
    if (bearer.isEmpty()) {
      return new BearerCheck(false, Optional.empty());
    }
    SignInThrottle.Attempt attempt = throttle.begin(request.getRemoteAddr());
    if (adminTokenMatches(bearer.get())) {
      attempt.succeeded();
      return new BearerCheck(true, Optional.empty());
    }
    Optional<KenesSession> session = references.resolve(bearer.get(), SessionReferences.Use.BEARER);
    if (session.isEmpty()) {
      attempt.failed();
    }
    return new BearerCheck(false, session);
  }

  /**
   * The installation's operator: the admin token, its sign-in session, or an Administrator of the
   * registration marked as the installation's own. Platform registrations, tool keys and
   * universities are theirs; an administrator of one university gets a 403.
   */
  public AdminCaller requireOperator(HttpHeaders headers, String tokenParam) {
    AdminCaller caller = requireAdmin(headers, tokenParam);
    caller.scope().requireOperator("Platform registrations, tool keys and universities");
    return caller;
  }

  public boolean adminTokenMatches(String candidate) {
    return candidate != null
        && config
            .adminToken()
            .map(t -> SessionTokens.constantTimeEquals(candidate, t))
            .orElse(false);
  }

  /** The token of an {@code Authorization: Bearer} header, if there is one. */
  public static Optional<String> bearer(HttpHeaders headers) {
    String value = headers == null ? null : headers.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (value == null || !value.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    String token = value.substring(7).trim();
    return token.isEmpty() ? Optional.empty() : Optional.of(token);
  }
}
