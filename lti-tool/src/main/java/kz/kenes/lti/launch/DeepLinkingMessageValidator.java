package kz.kenes.lti.launch;

import static kz.kenes.lti.LtiClaims.DEEP_LINKING_SETTINGS;

import kz.kenes.lti.LtiClaims;
import kz.kenes.lti.LtiError;
import kz.kenes.lti.LtiProtocolException;

/**
 * An LtiDeepLinkingRequest must say where to post the chosen content items back to.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dl/v2p0/#deep-linking-settings">Deep Linking 2.0
 *     §4.4.1 Deep linking settings</a>
 */
final class DeepLinkingMessageValidator implements MessageValidator {

  @Override
  public String messageType() {
    return LtiClaims.LTI_DEEP_LINKING_REQUEST;
  }

  @Override
  public void validate(IdTokenClaims claims) {
    boolean hasReturnUrl =
        claims
            .object(DEEP_LINKING_SETTINGS)
            .flatMap(s -> s.string(LtiClaims.DeepLinkingSettings.DEEP_LINK_RETURN_URL))
            .filter(url -> !url.isBlank())
            .isPresent();
    if (!hasReturnUrl) {
      throw new LtiProtocolException(
          LtiError.MISSING_DEEP_LINK_RETURN_URL,
          "LtiDeepLinkingRequest has no '"
              + DEEP_LINKING_SETTINGS
              + "' claim with a 'deep_link_return_url'");
    }
  }
}
