package kz.kenes.lti.deeplinking;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.kenes.lti.LtiClaims;
import kz.kenes.lti.LtiClaims.ContentItem;
import kz.kenes.lti.security.jwt.JwtSigner;

/**
 * Builds and signs the {@code LtiDeepLinkingResponse}: a JWT signed RS256 with the tool's active
 * key (header {@code kid}), {@code iss} the client_id, {@code aud} the platform's issuer, the
 * deployment, version 1.3.0, a fresh {@code nonce}, {@code iat}/{@code exp}, the request's {@code
 * data} unchanged, and the chosen {@code ltiResourceLink} items. It refuses what the request does
 * not accept ({@code accept_types}, {@code accept_multiple}) and asks only for a presentation
 * target the request accepts ({@code accept_presentation_document_targets}). An empty list of items
 * is the spec's way to say "nothing placed".
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dl/v2p0/#deep-linking-response-message">Deep
 *     Linking 2.0 §4.5 Deep linking response message</a>
 */
public final class DeepLinkingResponse {

  /** How long the platform may take to receive the response: the form post, or a slow click. */
  public static final Duration LIFETIME = Duration.ofMinutes(10);

  /** The height Kenes asks for when the platform frames it. */
  static final int IFRAME_HEIGHT = 800;

  private final Clock clock;
  private final SecureRandom random;

  public DeepLinkingResponse(Clock clock, SecureRandom random) {
    this.clock = Objects.requireNonNull(clock);
    this.random = Objects.requireNonNull(random);
  }

  /**
   * The signed response, to post as the form field {@code JWT} to {@link
   * DeepLinkingReturn#returnUrl()}.
   *
   * @throws DeepLinkingRefusal when the request does not accept the items
   */
  public String sign(DeepLinkingReturn request, List<ResourceLinkItem> items, JwtSigner signer) {
    return signer.sign(claims(request, items));
  }

  /** The claims of the response (see {@link #sign}). */
  public Map<String, Object> claims(DeepLinkingReturn request, List<ResourceLinkItem> items) {
    requireAccepted(request, items);
    Instant now = clock.instant();
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put(LtiClaims.ISS, request.clientId());
    claims.put(LtiClaims.AUD, request.platformIssuer());
    claims.put(LtiClaims.IAT, now.getEpochSecond());
    claims.put(LtiClaims.EXP, now.plus(LIFETIME).getEpochSecond());
    claims.put(LtiClaims.NONCE, nonce());
    claims.put(LtiClaims.DEPLOYMENT_ID, request.deploymentId());
    claims.put(LtiClaims.MESSAGE_TYPE, LtiClaims.LTI_DEEP_LINKING_RESPONSE);
    claims.put(LtiClaims.VERSION, LtiClaims.VERSION_1_3_0);
    if (request.data() != null) {
      claims.put(LtiClaims.DEEP_LINKING_DATA, request.data());
    }
    claims.put(
        LtiClaims.CONTENT_ITEMS, items.stream().map(item -> contentItem(request, item)).toList());
    return claims;
  }

  private static void requireAccepted(DeepLinkingReturn request, List<ResourceLinkItem> items) {
    if (items.isEmpty()) {
      return;
    }
    if (!request.acceptsResourceLinks()) {
      throw new DeepLinkingRefusal(
          DeepLinkingRefusal.Reason.TYPE_NOT_ACCEPTED,
          "The platform accepts only "
              + request.acceptTypes()
              + " here, not LTI resource links ("
              + ContentItem.LTI_RESOURCE_LINK
              + ").");
    }
    if (items.size() > 1 && !request.acceptMultiple()) {
      throw new DeepLinkingRefusal(
          DeepLinkingRefusal.Reason.MULTIPLE_NOT_ACCEPTED,
          "The platform accepts one item here; " + items.size() + " were chosen.");
    }
  }

  private static Map<String, Object> contentItem(DeepLinkingReturn request, ResourceLinkItem item) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put(ContentItem.TYPE, ContentItem.LTI_RESOURCE_LINK);
    json.put(ContentItem.TITLE, item.title());
    if (item.text() != null) {
      json.put(ContentItem.TEXT, item.text());
    }
    json.put(ContentItem.URL, item.url());
    if (!item.custom().isEmpty()) {
      json.put(ContentItem.CUSTOM, new LinkedHashMap<>(item.custom()));
    }
    item.lineItem().ifPresent(line -> json.put(ContentItem.LINE_ITEM, lineItem(line)));
    request
        .presentationTarget()
        .ifPresent(
            target ->
                json.put(
                    target,
                    "iframe".equals(target)
                        ? Map.of(ContentItem.HEIGHT, IFRAME_HEIGHT)
                        : Map.of(ContentItem.TARGET_NAME, "_blank")));
    return json;
  }

  private static Map<String, Object> lineItem(ResourceLinkItem.LineItem line) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put(ContentItem.SCORE_MAXIMUM, line.scoreMaximum());
    json.put(ContentItem.LABEL, line.label());
    if (line.resourceId() != null) {
      json.put(ContentItem.RESOURCE_ID, line.resourceId());
    }
    if (line.tag() != null) {
      json.put(ContentItem.TAG, line.tag());
    }
    return json;
  }

  private String nonce() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
