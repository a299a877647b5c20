package kz.kenes.lti.launch;

import static kz.kenes.lti.LtiClaims.DEPLOYMENT_ID;
import static kz.kenes.lti.LtiClaims.ROLES;
import static kz.kenes.lti.LtiClaims.TARGET_LINK_URI;
import static kz.kenes.lti.LtiClaims.VERSION;
import static kz.kenes.lti.LtiClaims.VERSION_1_3_0;

import java.util.Objects;
import java.util.TreeSet;
import kz.kenes.lti.LtiError;
import kz.kenes.lti.LtiProtocolException;
import kz.kenes.lti.registration.PlatformRegistration;

/**
 * The LTI Core rules shared by every message type, one method per rule: a registered deployment,
 * version 1.3.0, a roles claim, and a target link on this tool that is the one the login was for.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#required-message-claims">LTI 1.3 §5.3
 *     Required message claims</a>
 */
final class LtiMessageChecks {

  private LtiMessageChecks() {}

  /** §5.3.3: deployment_id is present and one of the registration's deployments. */
  static void deploymentIsRegistered(IdTokenClaims claims, LaunchContext context) {
    String deploymentId = claims.string(DEPLOYMENT_ID).filter(d -> !d.isEmpty()).orElse(null);
    if (deploymentId == null) {
      throw new LtiProtocolException(
          LtiError.MISSING_DEPLOYMENT_ID, "id_token has no '" + DEPLOYMENT_ID + "' claim");
    }
    PlatformRegistration registration = context.registration();
    if (!registration.hasDeployment(deploymentId)) {
      throw new LtiProtocolException(
          LtiError.UNKNOWN_DEPLOYMENT,
          "deployment_id '"
              + deploymentId
              + "' is not a deployment of registration '"
              + registration.name()
              + "' (known: "
              + new TreeSet<>(registration.deploymentIds())
              + "); add it to the registration to allow launches from it");
    }
  }

  /** §5.3.2: version is 1.3.0. */
  static void versionIs130(IdTokenClaims claims, LaunchContext context) {
    String version = claims.string(VERSION).orElse(null);
    if (!VERSION_1_3_0.equals(version)) {
      throw new LtiProtocolException(
          LtiError.INVALID_VERSION,
          "id_token '"
              + VERSION
              + "' is "
              + (version == null ? "missing" : "'" + version + "'")
              + "; this tool supports '"
              + VERSION_1_3_0
              + "'");
    }
  }

  /** §5.3.7: roles is present as an array; an empty array means no role (learner here). */
  static void rolesPresent(IdTokenClaims claims, LaunchContext context) {
    if (claims.strings(ROLES).isEmpty()) {
      throw new LtiProtocolException(
          LtiError.MISSING_ROLES,
          "id_token has no '" + ROLES + "' array (an empty array is allowed)");
    }
  }

  /** §5.3.4: target_link_uri is present and points at this tool. */
  static void targetLinkUriIsOnTool(IdTokenClaims claims, LaunchContext context) {
    String target = claims.string(TARGET_LINK_URI).filter(t -> !t.isBlank()).orElse(null);
    if (target == null) {
      throw new LtiProtocolException(
          LtiError.MISSING_TARGET_LINK_URI, "id_token has no '" + TARGET_LINK_URI + "' claim");
    }
    if (!context.tool().isOnTool(target)) {
      throw new LtiProtocolException(
          LtiError.TARGET_LINK_URI_NOT_ON_TOOL,
          "id_token target_link_uri '"
              + target
              + "' is not on this tool ("
              + context.tool().publicUrl()
              + ")");
    }
  }

  /**
   * §5.3.4: target_link_uri is the one the platform sent with the login initiation (kept in the
   * login state), so that a launch cannot be redirected to another page of the tool than the one
   * the login was started for.
   */
  static void targetLinkUriIsTheLogins(IdTokenClaims claims, LaunchContext context) {
    String target = claims.string(TARGET_LINK_URI).orElse(null);
    String loginTarget = context.loginState().targetLinkUri();
    if (!Objects.equals(target, loginTarget)) {
      throw new LtiProtocolException(
          LtiError.TARGET_LINK_URI_MISMATCH,
          "id_token target_link_uri '"
              + target
              + "' is not the target_link_uri '"
              + loginTarget
              + "' the login was initiated with");
    }
  }
}
