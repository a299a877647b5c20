package kz.kenes.lti.launch;

import static kz.kenes.lti.LtiClaims.CONTEXT;
import static kz.kenes.lti.LtiClaims.CUSTOM;
import static kz.kenes.lti.LtiClaims.DEEP_LINKING_SETTINGS;
import static kz.kenes.lti.LtiClaims.LAUNCH_PRESENTATION;
import static kz.kenes.lti.LtiClaims.RESOURCE_LINK;
import static kz.kenes.lti.LtiClaims.TOOL_PLATFORM;

import java.util.List;
import java.util.Map;
import kz.kenes.lti.LtiClaims;
import kz.kenes.lti.registration.PlatformRegistration;

/**
 * Reads an {@link LtiLaunch} out of id_token claims that passed every check.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#optional-message-claims">LTI 1.3 §5.4</a>
 */
final class LtiLaunches {

  private LtiLaunches() {}

  static LtiLaunch from(IdTokenClaims claims, PlatformRegistration registration) {
    List<String> roles = claims.strings(LtiClaims.ROLES).orElse(List.of());
    return new LtiLaunch(
        registration,
        claims.stringOrNull(LtiClaims.DEPLOYMENT_ID),
        claims.stringOrNull(LtiClaims.MESSAGE_TYPE),
        claims.stringOrNull(LtiClaims.SUB),
        claims.stringOrNull(LtiClaims.NAME),
        claims.stringOrNull(LtiClaims.GIVEN_NAME),
        claims.stringOrNull(LtiClaims.FAMILY_NAME),
        claims.stringOrNull(LtiClaims.EMAIL),
        claims.stringOrNull(LtiClaims.LOCALE),
        roles,
        RoleMapper.map(roles),
        claims.object(CONTEXT).filter(c -> c.has(LtiClaims.Context.ID)).map(LtiLaunches::context),
        claims.object(RESOURCE_LINK).map(LtiLaunches::resourceLink),
        claims.stringOrNull(LtiClaims.TARGET_LINK_URI),
        claims.object(LAUNCH_PRESENTATION).map(LtiLaunches::presentation),
        claims.object(CUSTOM).map(LtiLaunches::custom).orElse(Map.of()),
        claims.object(DEEP_LINKING_SETTINGS).map(LtiLaunches::deepLinkingSettings),
        claims.object(TOOL_PLATFORM).map(LtiLaunches::toolPlatform),
        claims.object(LtiClaims.AGS_ENDPOINT).map(LtiLaunches::agsEndpoint),
        claims.object(LtiClaims.NRPS).map(LtiLaunches::namesRoleService));
  }

  private static LtiLaunch.Context context(IdTokenClaims c) {
    return new LtiLaunch.Context(
        c.stringOrNull(LtiClaims.Context.ID),
        c.stringOrNull(LtiClaims.Context.LABEL),
        c.stringOrNull(LtiClaims.Context.TITLE),
        c.strings(LtiClaims.Context.TYPE).orElse(List.of()));
  }

  private static LtiLaunch.ResourceLink resourceLink(IdTokenClaims r) {
    return new LtiLaunch.ResourceLink(
        r.stringOrNull(LtiClaims.ResourceLink.ID),
        r.stringOrNull(LtiClaims.ResourceLink.TITLE),
        r.stringOrNull(LtiClaims.ResourceLink.DESCRIPTION));
  }

  private static LtiLaunch.LaunchPresentation presentation(IdTokenClaims p) {
    return new LtiLaunch.LaunchPresentation(
        p.stringOrNull(LtiClaims.LaunchPresentation.DOCUMENT_TARGET),
        p.stringOrNull(LtiClaims.LaunchPresentation.RETURN_URL),
        p.stringOrNull(LtiClaims.LaunchPresentation.LOCALE));
  }

  private static Map<String, String> custom(IdTokenClaims custom) {
    return custom.asText();
  }

  private static LtiLaunch.DeepLinkingSettings deepLinkingSettings(IdTokenClaims s) {
    return new LtiLaunch.DeepLinkingSettings(
        s.stringOrNull(LtiClaims.DeepLinkingSettings.DEEP_LINK_RETURN_URL),
        s.strings(LtiClaims.DeepLinkingSettings.ACCEPT_TYPES).orElse(List.of()),
        s.strings(LtiClaims.DeepLinkingSettings.ACCEPT_PRESENTATION_DOCUMENT_TARGETS)
            .orElse(List.of()),
        s.bool(LtiClaims.DeepLinkingSettings.ACCEPT_MULTIPLE).orElse(false),
        s.bool(LtiClaims.DeepLinkingSettings.AUTO_CREATE).orElse(false),
        s.stringOrNull(LtiClaims.DeepLinkingSettings.TITLE),
        s.stringOrNull(LtiClaims.DeepLinkingSettings.TEXT),
        s.stringOrNull(LtiClaims.DeepLinkingSettings.DATA));
  }

  private static LtiLaunch.ToolPlatform toolPlatform(IdTokenClaims t) {
    return new LtiLaunch.ToolPlatform(
        t.stringOrNull(LtiClaims.ToolPlatform.GUID),
        t.stringOrNull(LtiClaims.ToolPlatform.NAME),
        t.stringOrNull(LtiClaims.ToolPlatform.VERSION),
        t.stringOrNull(LtiClaims.ToolPlatform.PRODUCT_FAMILY_CODE));
  }

  private static LtiLaunch.AgsEndpoint agsEndpoint(IdTokenClaims a) {
    return new LtiLaunch.AgsEndpoint(
        a.strings(LtiClaims.AgsEndpoint.SCOPE).orElse(List.of()),
        a.stringOrNull(LtiClaims.AgsEndpoint.LINEITEMS),
        a.stringOrNull(LtiClaims.AgsEndpoint.LINEITEM));
  }

  private static LtiLaunch.NamesRoleService namesRoleService(IdTokenClaims n) {
    return new LtiLaunch.NamesRoleService(
        n.stringOrNull(LtiClaims.Nrps.CONTEXT_MEMBERSHIPS_URL),
        n.strings(LtiClaims.Nrps.SERVICE_VERSIONS).orElse(List.of()));
  }
}
