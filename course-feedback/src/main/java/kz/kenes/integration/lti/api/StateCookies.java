package kz.kenes.integration.lti.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import java.util.Map;
import kz.kenes.lti.launch.LoginInitiation;

/**
 * The cookie that binds a login state to the browser that started it. Its name carries the state,
 * so several launches in one browser (two Kenes frames on a course page) do not overwrite each
 * other. Over https it is {@code Secure; SameSite=None; Partitioned}, so it survives a third-party
 * iframe in browsers that partition cookies; over plain http it is a plain cookie. Where the
 * browser returns no cookie at all, the launch falls back to the login-request fingerprint
 * (docs/adr/0003-session-and-state.md).
 */
@ApplicationScoped
public class StateCookies {

  static final String PREFIX = "kenes_st_";

  public NewCookie forState(String state, boolean secure) {
    return new NewCookie.Builder(PREFIX + state)
        .value(state)
        .path("/lti/")
        .maxAge((int) LoginInitiation.STATE_LIFETIME.toSeconds())
        .httpOnly(true)
        .secure(secure)
        .build();
  }

  /** The Set-Cookie header; JAX-RS cannot express SameSite=None with Partitioned yet. */
  public String headerValue(NewCookie cookie, boolean secure) {
    StringBuilder header =
        new StringBuilder()
            .append(cookie.getName())
            .append('=')
            .append(cookie.getValue())
            .append("; Path=")
            .append(cookie.getPath())
            .append("; Max-Age=")
            .append(cookie.getMaxAge())
            .append("; HttpOnly");
    if (secure) {
      header.append("; Secure; SameSite=None; Partitioned");
    } else {
      header.append("; SameSite=Lax");
    }
    return header.toString();
  }

  /** The value of this state's cookie as the browser returned it, or null. */
  public String returnedFor(String state, Map<String, Cookie> cookies) {
    if (state == null) {
      return null;
    }
    Cookie cookie = cookies.get(PREFIX + state);
    return cookie == null ? null : cookie.getValue();
  }
}
