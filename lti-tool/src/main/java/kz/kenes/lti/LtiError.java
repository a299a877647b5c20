package kz.kenes.lti;

/**
 * Why the tool refused an OIDC login initiation or a launch: one constant per rule, each with the
 * HTTP status a web adapter should answer with. The status says who is at fault: 400 when the
 * request or the message is malformed or incomplete, 401 when the message cannot be trusted (state,
 * signature, token lifetime, nonce, a target other than the login's), 403 when a well-formed,
 * authentic request asks for something this tool does not allow (unknown registration or
 * deployment, foreign target), 502 when the platform's key set cannot be fetched.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#authentication-response-validation">
 *     Security Framework §5.1.3 Authentication response validation</a>
 */
public enum LtiError {
  // Any login or launch parameter longer than the tool accepts, refused before any lookup
  PARAMETER_TOO_LONG(400),

  // OIDC login initiation (Security Framework §5.1.1.1) and registration resolution
  MISSING_ISSUER(400),
  UNKNOWN_REGISTRATION(403),
  CLIENT_ID_REQUIRED(400),
  MISSING_LOGIN_HINT(400),
  MISSING_TARGET_LINK_URI(400),
  TARGET_LINK_URI_NOT_ON_TOOL(403),

  // State and browser binding (Security Framework §5.1.1.2, §7.3.1)
  MISSING_STATE(400),
  UNKNOWN_STATE(401),
  EXPIRED_STATE(401),
  STATE_ALREADY_USED(401),
  STATE_COOKIE_MISMATCH(401),
  BROWSER_BINDING_MISMATCH(401),

  // The id_token as a JWS (Security Framework §5.1.3 steps 1, §6)
  MISSING_ID_TOKEN(400),
  MALFORMED_ID_TOKEN(400),
  UNSUPPORTED_ALGORITHM(401),
  MISSING_KID(401),
  UNKNOWN_KID(401),
  PLATFORM_JWKS_UNAVAILABLE(502),
  INVALID_SIGNATURE(401),

  // OIDC claims of the id_token (Security Framework §5.1.3 steps 2-9)
  ISSUER_MISMATCH(401),
  AUDIENCE_MISMATCH(401),
  AUTHORIZED_PARTY_MISMATCH(401),
  INVALID_EXPIRATION(401),
  INVALID_ISSUED_AT(401),
  INVALID_NOT_BEFORE(401),
  MISSING_NONCE(401),
  UNKNOWN_NONCE(401),
  MISSING_SUBJECT(400),

  // LTI claims (LTI 1.3 §5.3) and message types (§5.1, Deep Linking 2.0 §4.4)
  MISSING_DEPLOYMENT_ID(400),
  UNKNOWN_DEPLOYMENT(403),
  TARGET_LINK_URI_MISMATCH(401),
  INVALID_VERSION(400),
  UNSUPPORTED_MESSAGE_TYPE(400),
  MISSING_ROLES(400),
  MISSING_RESOURCE_LINK_ID(400),
  MISSING_DEEP_LINK_RETURN_URL(400);

  private final int httpStatus;

  LtiError(int httpStatus) {
    this.httpStatus = httpStatus;
  }

  /** The HTTP status a web adapter answers with when it refuses for this reason. */
  public int httpStatus() {
    return httpStatus;
  }
}
