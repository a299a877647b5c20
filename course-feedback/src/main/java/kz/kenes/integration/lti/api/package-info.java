/**
 * The LTI adapter's endpoints: the OIDC login initiation ({@code /lti/login}), the launch ({@code
 * /lti/launch}, which answers with the landing redirect), the tool's key set ({@code /lti/jwks})
 * and URLs ({@code /lti/config}), the admin API for platform registrations ({@code
 * /api/admin/platforms}) and key rotation ({@code /api/admin/keys}) with their request and view
 * records, the state cookie ({@link kz.kenes.integration.lti.api.StateCookies}) and the mapper that
 * answers a refused login or launch with the rule that refused it ({@link
 * kz.kenes.integration.lti.api.LtiProtocolExceptionMapper}). May depend on {@code lti-tool}, the
 * adapter's {@code application} (and, for the registration views, its registration entity), {@code
 * identity} ({@code Authenticator}, the opened session) and {@code platform}.
 */
package kz.kenes.integration.lti.api;
