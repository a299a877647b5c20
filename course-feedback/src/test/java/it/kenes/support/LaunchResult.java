package it.kenes.support;

import java.net.URI;
import java.util.Optional;

/**
 * What Kenes answered to the form post of id_token and state: a 303 to the landing page carrying
 * the session token ({@code /app?kt=…}) for a valid launch, a 4xx problem otherwise.
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

  /** The session token ({@code kt}) of the landing page URL, if Kenes opened a session. */
  public Optional<String> sessionToken() {
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
