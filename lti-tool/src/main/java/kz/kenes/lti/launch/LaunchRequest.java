package kz.kenes.lti.launch;

/**
 * What the platform's form post to the launch URL carries, plus what the web adapter knows about
 * the browser: the {@code state} and {@code id_token} parameters, the value of the state cookie the
 * browser sent back (null when none came back, typically a framed launch with third-party cookies
 * blocked), and the {@link kz.kenes.lti.security.state.BrowserBinding} of this request.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#step-3-authentication-response">
 *     Security Framework §5.1.1.3 Authentication response</a>
 */
public record LaunchRequest(
    String state, String idToken, String stateCookie, String browserBinding) {

  /** Never shows the id_token. */
  @Override
  public String toString() {
    return "LaunchRequest[state=" + state + ", stateCookie=" + (stateCookie != null) + "]";
  }
}
