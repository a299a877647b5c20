package kz.kenes.integration.lti.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Cookie;
import java.util.Map;
import kz.kenes.lti.launch.LoginInitiation;

/**
 * The cookie that binds a login state to the browser that started it. Its name carries the state,
 * so several launches in one browser (two Kenes frames on a course page) do not overwrite each
 * other, and the {@code __Host-} prefix, so that the browser accepts it only with {@code Secure},
 * {@code Path=/} and no {@code Domain}: no sibling host and no plain-http page can plant or
 * overwrite it. Over https it is also {@code SameSite=None; Partitioned}, so it survives a
 * third-party iframe in browsers that partition cookies; over plain http (development on localhost,
 * which browsers count as a secure context) it is {@code SameSite=Lax}. The cookie, when it comes
 * back, must match the state; the browser fingerprint is checked either way, and is the only tie
 * where the browser returns no cookie (docs/adr/0003-session-and-state.md).
 */
@ApplicationScoped
public class StateCookies {

  static final String PREFIX = "__Host-kenes_st_";

  /** The Set-Cookie header value that binds {@code state} to the browser. */
  public String set(String state, boolean https) {
    StringBuilder header =
        new StringBuilder()
            .append(PREFIX)
            .append(state)
            .append('=')
            .append(state)
            .append("; Path=/; Max-Age=")
            .append(LoginInitiation.STATE_LIFETIME.toSeconds())
            .append("; HttpOnly; Secure");
    if (https) {
      header.append("; SameSite=None; Partitioned");
    } else {
      header.append("; SameSite=Lax");
    }
    return header.toString();
  }

  /** The Set-Cookie header value that removes the cookie of {@code state}. */
  public String clear(String state) {
    return PREFIX + state + "=; Path=/; Max-Age=0; HttpOnly; Secure";
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
