/**
 * The LTI 1.3 tool side of Kenes, independent of the application: the claim vocabulary ({@link
 * kz.kenes.lti.LtiClaims}), the tool's own URLs ({@link kz.kenes.lti.ToolConfiguration}) and the
 * protocol errors every part raises ({@link kz.kenes.lti.LtiProtocolException}). Sub-packages hold
 * registrations, OIDC login and launch validation, and the security pieces (JOSE, keys, state).
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/">LTI Core 1.3</a>
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/">1EdTech Security Framework 1.0</a>
 */
package kz.kenes.lti;
