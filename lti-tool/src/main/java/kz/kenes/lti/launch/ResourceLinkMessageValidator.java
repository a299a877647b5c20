package kz.kenes.lti.launch;

import static kz.kenes.lti.LtiClaims.RESOURCE_LINK;

import kz.kenes.lti.LtiClaims;
import kz.kenes.lti.LtiError;
import kz.kenes.lti.LtiProtocolException;

/**
 * An LtiResourceLinkRequest must name the resource link it launches.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#resource-link-launch-request-message">LTI
 *     1.3 §5.3.5 Resource link claim</a>
 */
final class ResourceLinkMessageValidator implements MessageValidator {

  @Override
  public String messageType() {
    return LtiClaims.LTI_RESOURCE_LINK_REQUEST;
  }

  @Override
  public void validate(IdTokenClaims claims) {
    boolean hasId =
        claims
            .object(RESOURCE_LINK)
            .flatMap(link -> link.string(LtiClaims.ResourceLink.ID))
            .filter(id -> !id.isBlank())
            .isPresent();
    if (!hasId) {
      throw new LtiProtocolException(
          LtiError.MISSING_RESOURCE_LINK_ID,
          "LtiResourceLinkRequest has no '" + RESOURCE_LINK + "' claim with an 'id'");
    }
  }
}
