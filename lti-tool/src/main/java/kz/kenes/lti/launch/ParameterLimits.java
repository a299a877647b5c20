package kz.kenes.lti.launch;

import kz.kenes.lti.LtiError;
import kz.kenes.lti.LtiProtocolException;

/**
 * The longest value the tool accepts for each parameter of a login initiation and of a launch.
 * Checked first, before any lookup, store or log line, so that an unauthenticated request with a
 * megabyte-long {@code iss} costs a length comparison and a short refusal, not a database query, a
 * kept message and a megabyte of log. The limits are far above what any platform sends and match
 * the columns the values end up in: an issuer is at most 500 characters in {@code
 * platform_registration}, a {@code target_link_uri} at most 2,000 in {@code lti_login_state}.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#step-1-third-party-initiated-login">
 *     Security Framework §5.1.1.1</a>
 */
public final class ParameterLimits {

  /** {@code iss}: the column {@code platform_registration.issuer}. */
  public static final int ISSUER = 500;

  /** {@code client_id} and {@code lti_deployment_id}: their registration columns. */
  public static final int IDENTIFIER = 255;

  /** {@code login_hint} and {@code lti_message_hint}: opaque, passed back to the platform. */
  public static final int HINT = 2048;

  /** {@code target_link_uri}: the column {@code lti_login_state.target_link_uri}. */
  public static final int TARGET_LINK_URI = 2000;

  /** {@code state}: the tool issues 43 characters; the column holds 64. */
  public static final int STATE = 64;

  /** {@code id_token}: 64 KiB, ten times a token with every optional claim of LTI 1.3. */
  public static final int ID_TOKEN = 64 * 1024;

  private ParameterLimits() {}

  /** Refuses a login initiation with a parameter longer than its limit. */
  public static void check(LoginRequest request) {
    atMost("iss", request.issuer(), ISSUER);
    atMost("client_id", request.clientId(), IDENTIFIER);
    atMost("lti_deployment_id", request.deploymentId(), IDENTIFIER);
    atMost("login_hint", request.loginHint(), HINT);
    atMost("lti_message_hint", request.ltiMessageHint(), HINT);
    atMost("target_link_uri", request.targetLinkUri(), TARGET_LINK_URI);
  }

  /** Refuses a launch with a {@code state} or {@code id_token} longer than its limit. */
  public static void check(LaunchRequest request) {
    atMost("state", request.state(), STATE);
    atMost("id_token", request.idToken(), ID_TOKEN);
  }

  private static void atMost(String parameter, String value, int limit) {
    if (value != null && value.length() > limit) {
      throw new LtiProtocolException(
          LtiError.PARAMETER_TOO_LONG,
          "parameter '"
              + parameter
              + "' is "
              + value.length()
              + " characters long; at most "
              + limit
              + " are accepted");
    }
  }
}
