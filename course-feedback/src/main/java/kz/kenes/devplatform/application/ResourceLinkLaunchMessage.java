package kz.kenes.devplatform.application;

import static kz.kenes.lti.LtiClaims.AUD;
import static kz.kenes.lti.LtiClaims.CONTEXT;
import static kz.kenes.lti.LtiClaims.CUSTOM;
import static kz.kenes.lti.LtiClaims.DEPLOYMENT_ID;
import static kz.kenes.lti.LtiClaims.EMAIL;
import static kz.kenes.lti.LtiClaims.EXP;
import static kz.kenes.lti.LtiClaims.FAMILY_NAME;
import static kz.kenes.lti.LtiClaims.GIVEN_NAME;
import static kz.kenes.lti.LtiClaims.IAT;
import static kz.kenes.lti.LtiClaims.ISS;
import static kz.kenes.lti.LtiClaims.LAUNCH_PRESENTATION;
import static kz.kenes.lti.LtiClaims.LOCALE;
import static kz.kenes.lti.LtiClaims.MESSAGE_TYPE;
import static kz.kenes.lti.LtiClaims.NAME;
import static kz.kenes.lti.LtiClaims.NONCE;
import static kz.kenes.lti.LtiClaims.RESOURCE_LINK;
import static kz.kenes.lti.LtiClaims.ROLES;
import static kz.kenes.lti.LtiClaims.SUB;
import static kz.kenes.lti.LtiClaims.TARGET_LINK_URI;
import static kz.kenes.lti.LtiClaims.TOOL_PLATFORM;
import static kz.kenes.lti.LtiClaims.VERSION;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.lti.LtiClaims;

/**
 * The claims of the id_token the development platform sends for a resource link launch: the OpenID
 * Connect claims, the person's names, email and locale, and the LTI claims of an {@code
 * LtiResourceLinkRequest} with the course as context.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#resource-link-launch-request-message">LTI
 *     1.3 §5.3 Resource link launch request message</a>
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#id-token">Security Framework §5.1.2
 *     ID Token</a>
 */
public final class ResourceLinkLaunchMessage {

  /** How long the id_token is valid: long enough for the form post, no longer. */
  public static final Duration LIFETIME = Duration.ofMinutes(5);

  private ResourceLinkLaunchMessage() {}

  /** The claims for one launch; {@code nonce} is the one Kenes sent in its request. */
  public static Map<String, Object> claims(
      DevPlatform platform,
      LaunchChoice choice,
      PlatformUser user,
      PlatformCourse course,
      String nonce,
      Instant now) {
    return claims(platform, choice, user, course, nonce, now, null);
  }

  /**
   * The claims for a launch of {@code placed}, a link Kenes placed by deep linking: its own
   * resource link id and title, and its custom parameters; null for the course's own link.
   */
  public static Map<String, Object> claims(
      DevPlatform platform,
      LaunchChoice choice,
      PlatformUser user,
      PlatformCourse course,
      String nonce,
      Instant now,
      PlacedLink placed) {
    Map<String, Object> claims = common(platform, choice, user, course, nonce, now);
    claims.put(MESSAGE_TYPE, LtiClaims.LTI_RESOURCE_LINK_REQUEST);
    claims.put(
        RESOURCE_LINK,
        placed == null
            ? resourceLink(course)
            : Map.of(
                LtiClaims.ResourceLink.ID,
                placed.id(),
                LtiClaims.ResourceLink.TITLE,
                placed.title()));
    if (placed != null && !placed.custom().isEmpty()) {
      claims.put(CUSTOM, placed.custom());
    }
    return claims;
  }

  /**
   * The claims every message of this platform carries (the OpenID Connect claims, the person, the
   * course, roles and presentation), without the message type and what belongs to it.
   */
  static Map<String, Object> common(
      DevPlatform platform,
      LaunchChoice choice,
      PlatformUser user,
      PlatformCourse course,
      String nonce,
      Instant now) {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put(ISS, platform.issuer());
    claims.put(AUD, DevPlatform.CLIENT_ID);
    claims.put(SUB, user.subject());
    claims.put(IAT, now.getEpochSecond());
    claims.put(EXP, now.plus(LIFETIME).getEpochSecond());
    claims.put(NONCE, nonce);
    putIfPresent(claims, NAME, user.name());
    putIfPresent(claims, GIVEN_NAME, user.givenName());
    putIfPresent(claims, FAMILY_NAME, user.familyName());
    putIfPresent(claims, EMAIL, user.email());
    claims.put(LOCALE, choice.locale());
    claims.put(VERSION, LtiClaims.VERSION_1_3_0);
    claims.put(DEPLOYMENT_ID, DevPlatform.DEPLOYMENT_ID);
    claims.put(TARGET_LINK_URI, platform.targetLinkUri());
    claims.put(ROLES, choice.role().roles());
    claims.put(CONTEXT, context(course));
    claims.put(LAUNCH_PRESENTATION, presentation(platform, choice));
    claims.put(TOOL_PLATFORM, toolPlatform());
    claims.put(LtiClaims.AGS_ENDPOINT, agsEndpoint(platform, course));
    return claims;
  }

  private static Map<String, Object> resourceLink(PlatformCourse course) {
    return Map.of(
        LtiClaims.ResourceLink.ID,
        course.resourceLinkId(),
        LtiClaims.ResourceLink.TITLE,
        course.resourceLinkTitle());
  }

  private static Map<String, Object> context(PlatformCourse course) {
    Map<String, Object> context = new LinkedHashMap<>();
    context.put(LtiClaims.Context.ID, course.contextId());
    putIfPresent(context, LtiClaims.Context.LABEL, course.label());
    putIfPresent(context, LtiClaims.Context.TITLE, course.title());
    context.put(LtiClaims.Context.TYPE, List.of(PlatformCourse.COURSE_OFFERING));
    return context;
  }

  private static Map<String, Object> presentation(DevPlatform platform, LaunchChoice choice) {
    return Map.of(
        LtiClaims.LaunchPresentation.LOCALE, choice.locale(),
        LtiClaims.LaunchPresentation.DOCUMENT_TARGET, choice.target().value(),
        LtiClaims.LaunchPresentation.RETURN_URL, platform.pageUrl());
  }

  /** Assignment and Grade Services of the course: every scope, the course's line items. */
  private static Map<String, Object> agsEndpoint(DevPlatform platform, PlatformCourse course) {
    return Map.of(
        LtiClaims.AgsEndpoint.SCOPE,
        DevGradebook.SCOPES,
        LtiClaims.AgsEndpoint.LINEITEMS,
        platform.lineItemsUrl(course.contextId()));
  }

  private static Map<String, Object> toolPlatform() {
    return Map.of(
        LtiClaims.ToolPlatform.GUID,
        DevPlatform.CLIENT_ID,
        LtiClaims.ToolPlatform.NAME,
        DevPlatform.NAME,
        LtiClaims.ToolPlatform.VERSION,
        "1",
        LtiClaims.ToolPlatform.PRODUCT_FAMILY_CODE,
        "kenes-dev-platform");
  }

  private static void putIfPresent(Map<String, Object> claims, String name, String value) {
    if (value != null && !value.isBlank()) {
      claims.put(name, value);
    }
  }
}
