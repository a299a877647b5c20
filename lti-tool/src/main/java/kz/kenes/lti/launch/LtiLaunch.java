package kz.kenes.lti.launch;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.kenes.lti.LtiClaims;
import kz.kenes.lti.registration.PlatformRegistration;

/**
 * A validated launch: who the user is, in which course and resource link, with which roles, and
 * what the platform asked for. Personal data ({@code name}, {@code givenName}, {@code familyName},
 * {@code email}, {@code locale}) is null when the platform did not share it; optional claims are
 * {@link Optional}. Only plain Java types: the application never sees the JOSE library.
 *
 * @param registration the registration the login was started for
 * @param messageType {@link LtiClaims#LTI_RESOURCE_LINK_REQUEST} or {@link
 *     LtiClaims#LTI_DEEP_LINKING_REQUEST}
 * @param subject the platform's stable user id ({@code sub})
 * @param roles the roles as sent, unknown ones included
 * @param toolRole what the roles mean to this tool, see {@link RoleMapper}
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#resource-link-launch-request-message">LTI
 *     1.3 §5 Resource link launch request message</a>
 */
public record LtiLaunch(
    PlatformRegistration registration,
    String deploymentId,
    String messageType,
    String subject,
    String name,
    String givenName,
    String familyName,
    String email,
    String locale,
    List<String> roles,
    ToolRole toolRole,
    Optional<Context> context,
    Optional<ResourceLink> resourceLink,
    String targetLinkUri,
    Optional<LaunchPresentation> launchPresentation,
    Map<String, String> custom,
    Optional<DeepLinkingSettings> deepLinkingSettings,
    Optional<ToolPlatform> toolPlatform,
    Optional<AgsEndpoint> agsEndpoint,
    Optional<NamesRoleService> namesRoleService) {

  public LtiLaunch {
    roles = List.copyOf(roles);
    custom = Map.copyOf(custom);
  }

  public boolean isDeepLinkingRequest() {
    return LtiClaims.LTI_DEEP_LINKING_REQUEST.equals(messageType);
  }

  /** The course or other context of the launch (LTI 1.3 §5.4.1); label and title may be null. */
  public record Context(String id, String label, String title, List<String> types) {
    public Context {
      types = List.copyOf(types);
    }
  }

  /** The placement launched (LTI 1.3 §5.3.5); title and description may be null. */
  public record ResourceLink(String id, String title, String description) {}

  /** How the platform shows the tool (LTI 1.3 §5.4.4); every member may be null. */
  public record LaunchPresentation(String documentTarget, String returnUrl, String locale) {}

  /**
   * Where and what a deep linking response may return (Deep Linking 2.0 §4.4.1). {@code data} must
   * be echoed unchanged in the response; it and the texts may be null.
   */
  public record DeepLinkingSettings(
      String deepLinkReturnUrl,
      List<String> acceptTypes,
      List<String> acceptPresentationDocumentTargets,
      boolean acceptMultiple,
      boolean autoCreate,
      String title,
      String text,
      String data) {
    public DeepLinkingSettings {
      acceptTypes = List.copyOf(acceptTypes);
      acceptPresentationDocumentTargets = List.copyOf(acceptPresentationDocumentTargets);
    }
  }

  /** The platform instance (LTI 1.3 §5.4.2); members other than guid may be null. */
  public record ToolPlatform(String guid, String name, String version, String productFamilyCode) {}

  /**
   * Assignment and Grade Services endpoints granted for this launch (AGS 2.0 §3.1); {@code
   * lineitems} and {@code lineitem} may be null.
   */
  public record AgsEndpoint(List<String> scopes, String lineitems, String lineitem) {
    public AgsEndpoint {
      scopes = List.copyOf(scopes);
    }
  }

  /** Names and Role Provisioning Service of the context (NRPS 2.0 §3.6.1). */
  public record NamesRoleService(String contextMembershipsUrl, List<String> serviceVersions) {
    public NamesRoleService {
      serviceVersions = List.copyOf(serviceVersions);
    }
  }
}
