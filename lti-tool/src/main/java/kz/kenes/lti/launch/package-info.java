/**
 * The LTI launch: OIDC login initiation ({@link kz.kenes.lti.launch.LoginInitiation}), validation
 * of the platform's id_token as a chain of named checks with one validator per message type ({@link
 * kz.kenes.lti.launch.LaunchValidator}), the typed result ({@link kz.kenes.lti.launch.LtiLaunch})
 * and the mapping of LTI roles to tool roles ({@link kz.kenes.lti.launch.RoleMapper}).
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#lti-launch">LTI 1.3 §4 LTI launch</a>
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#openid_connect_launch_flow">Security
 *     Framework §5.1.1 OpenID Connect launch flow</a>
 */
package kz.kenes.lti.launch;
