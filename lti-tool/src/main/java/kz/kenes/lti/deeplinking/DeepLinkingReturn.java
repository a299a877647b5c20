package kz.kenes.lti.deeplinking;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.kenes.lti.LtiClaims;
import kz.kenes.lti.launch.LtiLaunch;

/**
 * What a deep linking response must answer: to whom ({@code iss}/client_id and the platform's
 * issuer), for which deployment, where to post it, the opaque {@code data} to echo, and what the
 * platform said it accepts. The tool keeps it on its side between the request and the response;
 * nothing of it may come back from the browser.
 *
 * @param data the request's {@code data}, echoed unchanged; null when the request had none
 * @param acceptTypes the content item types the platform accepts; empty when it did not say
 * @param acceptPresentationDocumentTargets {@code iframe}, {@code window}, {@code embed}; empty
 *     when it did not say
 * @see <a href="https://www.imsglobal.org/spec/lti-dl/v2p0/#deep-linking-settings">Deep Linking 2.0
 *     §4.4.1 Deep linking settings</a>
 */
public record DeepLinkingReturn(
    String platformIssuer,
    String clientId,
    String deploymentId,
    String returnUrl,
    String data,
    List<String> acceptTypes,
    List<String> acceptPresentationDocumentTargets,
    boolean acceptMultiple,
    boolean autoCreate) {

  /** The presentation targets the tool prefers, best first: Kenes is made for the LMS frame. */
  static final List<String> PREFERRED_TARGETS = List.of("iframe", "window");

  public DeepLinkingReturn {
    Objects.requireNonNull(platformIssuer, "platformIssuer");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(deploymentId, "deploymentId");
    Objects.requireNonNull(returnUrl, "returnUrl");
    acceptTypes = List.copyOf(acceptTypes);
    acceptPresentationDocumentTargets = List.copyOf(acceptPresentationDocumentTargets);
  }

  /**
   * The return of a validated deep linking request.
   *
   * @throws IllegalArgumentException when the launch is not a deep linking request
   */
  public static DeepLinkingReturn of(LtiLaunch launch) {
    LtiLaunch.DeepLinkingSettings settings =
        launch
            .deepLinkingSettings()
            .filter(s -> launch.isDeepLinkingRequest())
            .orElseThrow(() -> new IllegalArgumentException("not a deep linking request"));
    return new DeepLinkingReturn(
        launch.registration().issuer(),
        launch.registration().clientId(),
        launch.deploymentId(),
        settings.deepLinkReturnUrl(),
        settings.data(),
        settings.acceptTypes(),
        settings.acceptPresentationDocumentTargets(),
        settings.acceptMultiple(),
        settings.autoCreate());
  }

  /**
   * Whether the platform accepts LTI resource links. {@code accept_types} is required by the
   * specification; a platform that leaves it out is taken to accept them, as every LMS does.
   */
  public boolean acceptsResourceLinks() {
    return acceptTypes.isEmpty() || acceptTypes.contains(LtiClaims.ContentItem.LTI_RESOURCE_LINK);
  }

  /**
   * The document target the items ask for: {@code iframe} when the platform accepts it, else {@code
   * window}; empty when the platform accepts neither or did not say (then the platform decides).
   */
  public Optional<String> presentationTarget() {
    return PREFERRED_TARGETS.stream()
        .filter(acceptPresentationDocumentTargets::contains)
        .findFirst();
  }
}
