package kz.kenes.lti.registration;

import java.net.URI;
import java.util.Set;

/**
 * A platform (LMS) registered with this tool: the issuer and client_id the platform assigned, its
 * OIDC authorisation endpoint, token endpoint and key set, and the deployments of the tool in it.
 * One issuer may hold several client_ids; an issuer + client_id pair identifies one registration.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#tool-deployment">LTI 1.3 §3.1.3 Tool
 *     deployment</a>
 */
public record PlatformRegistration(
    long id,
    String name,
    String issuer,
    String clientId,
    URI authLoginUrl,
    URI accessTokenUrl,
    URI jwksUrl,
    Set<String> deploymentIds) {

  public PlatformRegistration {
    deploymentIds = Set.copyOf(deploymentIds);
  }

  public boolean hasDeployment(String deploymentId) {
    return deploymentIds.contains(deploymentId);
  }
}
