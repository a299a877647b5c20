package kz.kenes.devplatform.application;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.lti.LtiClaims;
import kz.kenes.lti.LtiClaims.DeepLinkingSettings;

/**
 * The claims of the development platform's {@code LtiDeepLinkingRequest}: what every launch carries
 * (person, course, roles, presentation) and the deep linking settings of a course editor that takes
 * LTI links, in an iframe or a new window, several at once, created without a second confirmation,
 * posted back to {@link DevPlatform#deepLinkReturnUrl()} with {@code data} it can recognise.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dl/v2p0/#deep-linking-request-message">Deep
 *     Linking 2.0 §4.4 Deep linking request message</a>
 */
public final class DeepLinkingRequestMessage {

  private DeepLinkingRequestMessage() {}

  /** The claims for one deep linking request; {@code data} is echoed by the response. */
  public static Map<String, Object> claims(
      DevPlatform platform,
      LaunchChoice choice,
      PlatformUser user,
      PlatformCourse course,
      String nonce,
      Instant now,
      String data) {
    Map<String, Object> claims =
        ResourceLinkLaunchMessage.common(platform, choice, user, course, nonce, now);
    claims.put(LtiClaims.MESSAGE_TYPE, LtiClaims.LTI_DEEP_LINKING_REQUEST);
    claims.put(LtiClaims.DEEP_LINKING_SETTINGS, settings(platform, course, data));
    return claims;
  }

  static Map<String, Object> settings(DevPlatform platform, PlatformCourse course, String data) {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put(DeepLinkingSettings.DEEP_LINK_RETURN_URL, platform.deepLinkReturnUrl());
    settings.put(DeepLinkingSettings.ACCEPT_TYPES, List.of("ltiResourceLink"));
    settings.put(
        DeepLinkingSettings.ACCEPT_PRESENTATION_DOCUMENT_TARGETS, List.of("iframe", "window"));
    settings.put(DeepLinkingSettings.ACCEPT_MULTIPLE, true);
    settings.put(DeepLinkingSettings.AUTO_CREATE, true);
    settings.put(DeepLinkingSettings.TITLE, "Add Kenes to " + course.displayName());
    settings.put(DeepLinkingSettings.DATA, data);
    return settings;
  }
}
