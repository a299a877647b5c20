package kz.kenes.lti.launch;

import java.net.URI;
import kz.kenes.lti.security.state.LoginState;

/**
 * The answer to a login initiation: send the browser to {@code redirectUri} (the platform's OIDC
 * authentication request), and set the state cookie to {@code state.state()}. The state has already
 * been saved.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#step-2-authentication-request">
 *     Security Framework §5.1.1.2 Authentication request</a>
 */
public record LoginRedirect(URI redirectUri, LoginState state) {}
