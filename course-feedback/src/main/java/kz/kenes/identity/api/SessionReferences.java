package kz.kenes.identity.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.identity.domain.OpenedSession;
import kz.kenes.identity.domain.SessionStore;
import kz.kenes.identity.domain.SessionTokens;
import kz.kenes.platform.config.KenesConfig;
import kz.kenes.platform.secret.ServerSecret;

/**
 * Where a browser's session lives, and what a page's links and forms carry instead of its token
 * (docs/adr/0012-session-cookie-and-page-references.md).
 *
 * <p>The session token itself is only ever in a cookie, {@code __Host-kenes_s<id>} ({@code Secure},
 * {@code HttpOnly}, {@code SameSite=None}, {@code Partitioned}, so Chromium keeps it in an LMS
 * iframe even with third-party cookies blocked). One cookie per session, named by the session's id,
 * so two Kenes frames of two courses in one browser keep two sessions. Links and forms say which
 * session they belong to with a <b>page reference</b> in {@code kt}:
 *
 * <ul>
 *   <li>{@code c.<id>}: "the session in my cookie {@code id}", for a browser that returned the
 *       cookie. It is no secret: without the cookie it opens nothing, so a copied link opens
 *       nothing in another browser, and a planted one cannot put a victim in someone else's
 *       session. It is taken from a query parameter only on GET and HEAD; a form adds its CSRF
 *       token.
 *   <li>{@code u.<id>.<expiry>.<mac>}: the fallback for a browser that drops the cookie. An HMAC
 *       under the server secret of the session id, its expiry ({@link #URL_LIFETIME} after the page
 *       that made it) and the fingerprint of the browser (User-Agent and client address), so it is
 *       refused, not adopted, when another browser presents it, and a copied link dies within the
 *       hour. Every page renews it; a form posted with its CSRF token is taken after the expiry too
 *       (the page was open that long), until the session ends.
 * </ul>
 *
 * A bare session token is taken only from the cookie or an {@code Authorization: Bearer} header,
 * never from a URL or form field. The landing redirect after a launch or sign-in carries a fresh
 * {@code u.} reference and sets the cookie; the first page then shows which the browser kept.
 */
@ApplicationScoped
public class SessionReferences {

  /** How long a URL-borne reference opens its session by GET. */
  public static final Duration URL_LIFETIME = Duration.ofMinutes(60);

  static final String COOKIE_PREFIX = "__Host-kenes_s";

  /** The most session cookies a browser keeps: its newest sessions, one per Kenes page open. */
  static final int MAX_SESSION_COOKIES = 10;

  private static final Pattern COOKIE_REF = Pattern.compile("c\\.(\\d{1,18})");
  private static final Pattern COOKIE_ID = Pattern.compile("\\d{1,18}");
  private static final Pattern URL_REF =
      Pattern.compile("u\\.(\\d{1,18})\\.(\\d{1,12})\\.([0-9a-f]{32})");

  @Inject SessionStore sessions;
  @Inject ServerSecret secret;
  @Inject KenesConfig config;
  @Inject Clock clock;
  @Inject HttpServletRequest request;

  /** How a reference may be used. */
  public enum Use {
    /** In an {@code Authorization: Bearer} header: no site can make a browser send one. */
    BEARER,
    /** In a query parameter: a cookie reference only on GET and HEAD, a URL reference unexpired. */
    LINK,
    /** In a form posted with its session's CSRF token (checked by the caller). */
    FORM
  }

  /** The session a reference (or, as a Bearer, a bare token) opens in this request. */
  public Optional<KenesSession> resolve(String reference, Use use) {
    if (reference == null || reference.length() > 128) {
      return Optional.empty();
    }
    Matcher cookieRef = COOKIE_REF.matcher(reference);
    if (cookieRef.matches()) {
      if (use == Use.LINK && !safeMethod()) {
        return Optional.empty();
      }
      return fromCookie(Long.parseLong(cookieRef.group(1)));
    }
    Matcher urlRef = URL_REF.matcher(reference);
    if (urlRef.matches()) {
      long id = Long.parseLong(urlRef.group(1));
      long expiry = Long.parseLong(urlRef.group(2));
      if (!SessionTokens.constantTimeEquals(urlRef.group(3), mac(id, expiry))) {
        return Optional.empty();
      }
      if (use != Use.FORM && Instant.ofEpochSecond(expiry).isBefore(clock.instant())) {
        return Optional.empty();
      }
      // The page's next step asks for the cookie's session anyway (pageReference): when this
      // browser sent it, one lookup by its token serves both.
      Optional<KenesSession> viaCookie = fromCookie(id);
      return viaCookie.isPresent() ? viaCookie : sessions.resolveById(id);
    }
    return use == Use.BEARER ? sessions.resolve(reference) : Optional.empty();
  }

  /**
   * What this page's links and forms carry for {@code session}: its cookie reference when this
   * request came with the session's cookie, else a fresh URL reference bound to this browser.
   */
  public String pageReference(KenesSession session) {
    return fromCookie(session.id()).isPresent()
        ? "c." + session.id()
        : urlReference(session.id(), clock.instant().plus(URL_LIFETIME));
  }

  /** Whether a page reference relies on the cookie (then it may stay in the address bar). */
  public static boolean isCookieReference(String reference) {
    return reference != null && COOKIE_REF.matcher(reference).matches();
  }

  /**
   * The answer that takes a browser into a session just opened: See Other to {@code path} with a
   * fresh URL reference, and the session's cookie.
   */
  public Response enter(OpenedSession opened, String path) {
    long id = opened.session().id();
    String reference = urlReference(id, clock.instant().plus(URL_LIFETIME));
    Response.ResponseBuilder answer =
        Response.seeOther(UriBuilder.fromPath(path).queryParam("kt", reference).build())
            .header("Cache-Control", "no-store")
            .header("Set-Cookie", cookie(id, opened.token(), config.sessionLifetime().toSeconds()));
    for (long older : sessionCookiesBeyondTheNewest(MAX_SESSION_COOKIES - 1)) {
      answer.header("Set-Cookie", clearCookie(older));
    }
    return answer.build();
  }

  /**
   * The ids of this browser's session cookies but its {@code keep} newest (ids grow with time).
   * Each launch adds a cookie for the session's lifetime; without a bound, someone who launches
   * Kenes a hundred times in an afternoon would send a Cookie header of several kilobytes, which
   * proxies refuse (nginx: 8 KiB per header line by default). The oldest sessions' pages then ask
   * to launch again.
   */
  private java.util.List<Long> sessionCookiesBeyondTheNewest(int keep) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return java.util.List.of();
    }
    java.util.List<Long> ids =
        java.util.Arrays.stream(cookies)
            .map(Cookie::getName)
            .filter(n -> n.startsWith(COOKIE_PREFIX))
            .map(n -> n.substring(COOKIE_PREFIX.length()))
            .filter(n -> COOKIE_ID.matcher(n).matches())
            .map(Long::valueOf)
            .distinct()
            .sorted(java.util.Comparator.reverseOrder())
            .toList();
    return ids.size() <= keep ? java.util.List.of() : ids.subList(keep, ids.size());
  }

  /** The Set-Cookie header value that removes the cookie of a session (sign-out). */
  public String clearCookie(long sessionId) {
    return cookie(sessionId, "", 0);
  }

  private static String cookie(long id, String value, long maxAgeSeconds) {
    return COOKIE_PREFIX
        + id
        + "="
        + value
        + "; Path=/; Max-Age="
        + maxAgeSeconds
        + "; HttpOnly; Secure; SameSite=None; Partitioned";
  }

  /** The session of cookie {@code id}, looked up once per request. */
  @SuppressWarnings("unchecked")
  private Optional<KenesSession> fromCookie(long id) {
    String attribute = COOKIE_PREFIX + id;
    Object known = request.getAttribute(attribute);
    if (known instanceof Optional<?> found) {
      return (Optional<KenesSession>) found;
    }
    Optional<KenesSession> session = cookieSession(id);
    request.setAttribute(attribute, session);
    return session;
  }

  private Optional<KenesSession> cookieSession(long id) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    String name = COOKIE_PREFIX + id;
    for (Cookie cookie : cookies) {
      if (name.equals(cookie.getName())) {
        return sessions.resolve(cookie.getValue()).filter(s -> s.id() == id);
      }
    }
    return Optional.empty();
  }

  String urlReference(long id, Instant expiry) {
    long seconds = expiry.getEpochSecond();
    return "u." + id + "." + seconds + "." + mac(id, seconds);
  }

  private String mac(long id, long expiry) {
    String browser = nullToEmpty(request.getHeader("User-Agent")) + "\n" + request.getRemoteAddr();
    return secret
        .hmacHex("session-url:" + id + ":" + expiry + ":" + browser.length() + ":" + browser)
        .substring(0, 32);
  }

  private boolean safeMethod() {
    String method = request.getMethod();
    return "GET".equals(method) || "HEAD".equals(method);
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
