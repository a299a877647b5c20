package kz.kenes.lti.registration.dynamic;

/**
 * What the platform answered a successful registration with: the client id it gave Kenes and the
 * deployment id of the tool it created (null when the platform sent none).
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dr/v1p0#tool-configuration-from-the-platform">
 *     Dynamic Registration §3.6.2 Tool configuration from the platform</a>
 */
public record RegisteredTool(String clientId, String deploymentId) {}
