/**
 * What the tool remembers between OIDC login initiation and launch: {@link
 * kz.kenes.lti.security.state.LoginState} with its single-use {@code state} and {@code nonce}, the
 * {@link kz.kenes.lti.security.state.LoginStateStore} the application implements, and the {@link
 * kz.kenes.lti.security.state.BrowserBinding} fingerprint every launch is checked against.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#openid_connect_launch_flow">Security
 *     Framework §5.1.1</a>
 */
package kz.kenes.lti.security.state;
