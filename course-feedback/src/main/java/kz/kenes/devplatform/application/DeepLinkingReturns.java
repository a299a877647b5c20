package kz.kenes.devplatform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.lti.LtiClaims;
import kz.kenes.lti.LtiClaims.ContentItem;
import kz.kenes.lti.LtiProtocolException;
import kz.kenes.lti.security.jwt.IdTokenVerifier;
import kz.kenes.lti.security.jwt.PlatformKeySets;
import kz.kenes.platform.domain.InvalidInput;

/**
 * The development platform's deep linking return endpoint, as an LMS does it: the {@code JWT} Kenes
 * posts is verified against Kenes's published key set ({@code /lti/jwks}, fetched over HTTP like
 * any platform does), its claims checked (issuer the client_id, audience this platform, deployment,
 * message type, version, lifetime, the request's {@code data} echoed), and each {@code
 * ltiResourceLink} item becomes a link of the course the request came from.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dl/v2p0/#deep-linking-response-message">Deep
 *     Linking 2.0 §4.5 Deep linking response message</a>
 */
@ApplicationScoped
public class DeepLinkingReturns {

  @Inject DevPlatformRegistrar registrar;
  @Inject PlacedLinks links;
  @Inject Clock clock;

  private final IdTokenVerifier verifier = new IdTokenVerifier(new PlatformKeySets());

  /** What a response placed: the links, and the message of the response if it had one. */
  public record Received(String contextId, List<PlacedLink> links) {}

  public Received receive(String jwt) {
    if (jwt == null || jwt.isBlank()) {
      throw new InvalidInput("JWT", "The deep linking response has no 'JWT' field.");
    }
    DevPlatform platform = registrar.platform();
    Map<String, Object> claims = verified(jwt, URI.create(platform.toolJwksUrl()));
    require(claims, LtiClaims.ISS, DevPlatform.CLIENT_ID);
    Object aud = claims.get(LtiClaims.AUD);
    if (!(platform.issuer().equals(aud)
        || (aud instanceof List<?> list && list.contains(platform.issuer())))) {
      throw refused("'aud' must be this platform's issuer " + platform.issuer() + "; got " + aud);
    }
    require(claims, LtiClaims.MESSAGE_TYPE, LtiClaims.LTI_DEEP_LINKING_RESPONSE);
    require(claims, LtiClaims.VERSION, LtiClaims.VERSION_1_3_0);
    require(claims, LtiClaims.DEPLOYMENT_ID, DevPlatform.DEPLOYMENT_ID);
    requireUnexpired(claims);
    String contextId =
        links
            .redeemData(string(claims.get(LtiClaims.DEEP_LINKING_DATA)), clock)
            .orElseThrow(
                () ->
                    refused(
                        "the response's data is not the data of a deep linking request this"
                            + " platform sent (or it was used already)"));
    List<PlacedLink> placed = new ArrayList<>();
    for (Object item : items(claims)) {
      if (item instanceof Map<?, ?> map
          && ContentItem.LTI_RESOURCE_LINK.equals(map.get(ContentItem.TYPE))) {
        placed.add(place(contextId, map));
      }
    }
    return new Received(contextId, placed);
  }

  private Map<String, Object> verified(String jwt, URI jwks) {
    try {
      return verifier.verify(jwt, jwks);
    } catch (LtiProtocolException e) {
      throw refused("its signature does not verify with Kenes's key set: " + e.getMessage());
    }
  }

  private PlacedLink place(String contextId, Map<?, ?> item) {
    Map<String, String> custom = new LinkedHashMap<>();
    if (item.get(ContentItem.CUSTOM) instanceof Map<?, ?> given) {
      given.forEach((k, v) -> custom.put(String.valueOf(k), String.valueOf(v)));
    }
    Double scoreMaximum = null;
    String label = null;
    if (item.get(ContentItem.LINE_ITEM) instanceof Map<?, ?> line
        && line.get(ContentItem.SCORE_MAXIMUM) instanceof Number max) {
      scoreMaximum = max.doubleValue();
      label = string(line.get(ContentItem.LABEL));
    }
    return links.place(
        contextId,
        string(item.get(ContentItem.TITLE)),
        string(item.get(ContentItem.URL)),
        custom,
        scoreMaximum,
        label);
  }

  private void requireUnexpired(Map<String, Object> claims) {
    if (!(claims.get(LtiClaims.EXP) instanceof Number exp)
        || exp.longValue() < clock.instant().getEpochSecond()) {
      throw refused("'exp' is missing or past");
    }
  }

  private static List<?> items(Map<String, Object> claims) {
    return claims.get(LtiClaims.CONTENT_ITEMS) instanceof List<?> list ? list : List.of();
  }

  private static void require(Map<String, Object> claims, String claim, String expected) {
    if (!expected.equals(claims.get(claim))) {
      throw refused("'" + claim + "' must be " + expected + "; got " + claims.get(claim));
    }
  }

  private static String string(Object value) {
    return value == null ? null : value.toString();
  }

  private static InvalidInput refused(String why) {
    return new InvalidInput("JWT", "The deep linking response was refused: " + why + ".");
  }
}
