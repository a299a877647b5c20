package it.kenes.support;

import java.net.URI;
import java.util.Optional;

/**
 * What Kenes answered to the form post of id_token and state: for a valid launch a 303 to the
 * landing page carrying the session's page reference ({@code /app?kt=u.…}, bound to the browser
 * that launched) and the session cookie {@code __Host-kenes_s<id>} holding the session token; a 4xx
 * problem otherwise.
 */
public record LaunchResult(HttpAnswer answer) {

  public int status() {
    return answer.status();
  }

  public Optional<URI> location() {
    return answer.location();
  }

  /** The landing page URL, absolute (resolved against Kenes's base URL). */
  public URI landingPage() {
    URI location =
        location().orElseThrow(() -> new AssertionError("launch did not redirect: " + answer));
    return Kenes.baseUrl().resolve(location);
  }

  /**
   * The session token, from the session cookie the launch set, if Kenes opened a session: what an
   * API client sends as {@code Authorization: Bearer}. For page links, see {@link
   * Http#pageReference}.
   */
  public Optional<String> sessionToken() {
    return answer.headerValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("__Host-kenes_s"))
        .map(c -> c.substring(c.indexOf('=') + 1, c.indexOf(';')))
        .filter(token -> !token.isBlank())
        .findFirst();
  }

  /** The page reference ({@code kt}) of the landing page URL, if Kenes opened a session. */
  public Optional<String> pageReference() {
    return location()
        .map(LoginResult::queryParameters)
        .map(parameters -> parameters.get("kt"))
        .filter(token -> !token.isBlank());
  }

  /** The session token; fails the test when the launch was refused. */
  public String sessionTokenOrFail() {
    return sessionToken()
        .orElseThrow(() -> new AssertionError("expected an accepted launch, got " + answer));
  }

  public String problemType() {
    return answer.problemType();
  }
}
