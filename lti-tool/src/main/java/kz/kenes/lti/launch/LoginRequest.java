package kz.kenes.lti.launch;

/**
 * The platform's third-party login initiation request, as received (GET query or POST form); every
 * member is null when the parameter was absent: {@code iss}, {@code login_hint}, {@code
 * target_link_uri}, {@code lti_message_hint}, {@code client_id}, {@code lti_deployment_id}, and
 * {@code lti_storage_target} (the frame that offers platform storage, LTI Client Side
 * postMessages).
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#step-1-third-party-initiated-login">
 *     Security Framework §5.1.1.1 Third-party initiated login</a>
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#additional-login-parameters">LTI 1.3
 *     §4.1.1 Additional login parameters</a>
 * @see <a href="https://www.imsglobal.org/spec/lti-cs-oidc/v0p1">LTI OIDC Login with LTI Client
 *     Side postMessages</a>
 */
public record LoginRequest(
    String issuer,
    String loginHint,
    String targetLinkUri,
    String ltiMessageHint,
    String clientId,
    String deploymentId,
    String storageTarget) {

  /** A login initiation without platform storage. */
  public LoginRequest(
      String issuer,
      String loginHint,
      String targetLinkUri,
      String ltiMessageHint,
      String clientId,
      String deploymentId) {
    this(issuer, loginHint, targetLinkUri, ltiMessageHint, clientId, deploymentId, null);
  }
}
