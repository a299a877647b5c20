/**
 * LTI Advantage services, the tool calling the platform: access tokens by OAuth 2 client
 * credentials with a {@code private_key_jwt} client assertion ({@link
 * kz.kenes.lti.services.AccessTokens}), and the refusals of a service call ({@link
 * kz.kenes.lti.services.ServiceCallException}). This package and its sub-packages may use the
 * Nimbus OAuth 2.0 SDK (its token request, HTTP and JSON helpers); public methods still take and
 * return plain Java types.
 *
 * @see <a
 *     href="https://www.imsglobal.org/spec/security/v1p0/#using-json-web-tokens-with-oauth-2-0-client-credentials-grant">Security
 *     Framework §4.1 Using JSON Web Tokens with OAuth 2.0 Client Credentials Grant</a>
 */
package kz.kenes.lti.services;
