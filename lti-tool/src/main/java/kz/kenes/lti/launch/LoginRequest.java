package kz.kenes.lti.launch;

/**
 * The platform's third-party login initiation request, as received (GET query or POST form); every
 * member is null when the parameter was absent: {@code iss}, {@code login_hint}, {@code
 * target_link_uri}, {@code lti_message_hint}, {@code client_id}, {@code lti_deployment_id}.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#step-1-third-party-initiated-login">
 *     Security Framework §5.1.1.1 Third-party initiated login</a>
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#additional-login-parameters">LTI 1.3
 *     §4.1.1 Additional login parameters</a>
 */
public record LoginRequest(
    String issuer,
    String loginHint,
    String targetLinkUri,
    String ltiMessageHint,
    String clientId,
    String deploymentId) {}
