package kz.kenes.lti.deeplinking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.kenes.lti.LtiClaims;
import kz.kenes.lti.security.jwt.IdTokenVerifier;
import kz.kenes.lti.security.jwt.PlatformKeySets;
import kz.kenes.lti.security.keys.ToolKeys;
import kz.kenes.lti.testing.InMemoryToolKeyStore;
import kz.kenes.lti.testing.MutableClock;
import org.junit.jupiter.api.Test;

class DeepLinkingResponseTest {

  private static final URI TOOL_JWKS = URI.create("https://kenes.example.edu/lti/jwks");

  private final MutableClock clock = new MutableClock();
  private final ToolKeys keys = new ToolKeys(new InMemoryToolKeyStore(), clock, Duration.ZERO);
  private final DeepLinkingResponse response = new DeepLinkingResponse(clock, new SecureRandom());

  private static DeepLinkingReturn request(
      List<String> types, List<String> targets, boolean multiple) {
    return new DeepLinkingReturn(
        "https://lms.example.edu",
        "client-7",
        "deployment-1",
        "https://lms.example.edu/deep-link/return",
        "{\"opaque\":\"csrf-123 & more\"}",
        types,
        targets,
        multiple,
        false);
  }

  private static DeepLinkingReturn moodleLike() {
    return request(
        List.of("ltiResourceLink"), List.of("iframe", "window", "frame"), /* multiple */ true);
  }

  private static ResourceLinkItem graded(String id) {
    return new ResourceLinkItem(
        "Module 1 satisfaction",
        null,
        "https://kenes.example.edu/lti/launch",
        Map.of("kenes_activity", "survey:" + id, "kenes_grade", "participation"),
        Optional.of(
            new ResourceLinkItem.LineItem(
                1, "Module 1 satisfaction", "survey:" + id, "kenes-participation")));
  }

  private static ResourceLinkItem ungraded(String id) {
    return new ResourceLinkItem(
        "Survey " + id,
        "About the course",
        "https://kenes.example.edu/lti/launch",
        Map.of("kenes_activity", "survey:" + id),
        Optional.empty());
  }

  /** Verifies the signature with the tool's published key set, as a platform does. */
  private Map<String, Object> verified(String jwt) {
    PlatformKeySets keySets = new PlatformKeySets(url -> keys.publicJwksJson());
    return new IdTokenVerifier(keySets).verify(jwt, TOOL_JWKS);
  }

  @Test
  void signsWithTheActiveToolKeyAndItsKid() {
    String jwt = response.sign(moodleLike(), List.of(graded("12")), keys.activeSigner());

    String header = new String(Base64.getUrlDecoder().decode(jwt.substring(0, jwt.indexOf('.'))));
    assertThat(header).contains("\"alg\":\"RS256\"").contains(keys.activeKey().kid());
    assertThat(verified(jwt)).containsEntry(LtiClaims.ISS, "client-7");
  }

  @Test
  void carriesTheClaimsOfAnLtiDeepLinkingResponse() {
    Map<String, Object> claims =
        verified(response.sign(moodleLike(), List.of(graded("12")), keys.activeSigner()));

    assertThat(claims)
        .containsEntry(LtiClaims.ISS, "client-7")
        .containsEntry(LtiClaims.DEPLOYMENT_ID, "deployment-1")
        .containsEntry(LtiClaims.MESSAGE_TYPE, "LtiDeepLinkingResponse")
        .containsEntry(LtiClaims.VERSION, "1.3.0")
        .containsEntry(LtiClaims.IAT, clock.instant().getEpochSecond())
        .containsEntry(
            LtiClaims.EXP, clock.instant().plus(Duration.ofMinutes(10)).getEpochSecond());
    assertThat(claims.get(LtiClaims.AUD))
        .isIn("https://lms.example.edu", List.of("https://lms.example.edu"));
    assertThat((String) claims.get(LtiClaims.NONCE)).hasSizeGreaterThanOrEqualTo(20);
  }

  @Test
  void echoesTheRequestDataUnchanged() {
    Map<String, Object> claims =
        verified(response.sign(moodleLike(), List.of(graded("12")), keys.activeSigner()));

    assertThat(claims)
        .containsEntry(LtiClaims.DEEP_LINKING_DATA, "{\"opaque\":\"csrf-123 & more\"}");
  }

  @Test
  void leavesDataOutWhenTheRequestHadNone() {
    DeepLinkingReturn noData =
        new DeepLinkingReturn(
            "https://lms.example.edu",
            "c",
            "d",
            "https://lms.example.edu/r",
            null,
            List.of(),
            List.of(),
            true,
            false);

    assertThat(response.claims(noData, List.of(ungraded("1"))))
        .doesNotContainKey(LtiClaims.DEEP_LINKING_DATA);
  }

  @Test
  @SuppressWarnings("unchecked")
  void describesAGradedItemWithItsLineItemAndCustomParameters() {
    Map<String, Object> claims =
        verified(response.sign(moodleLike(), List.of(graded("12")), keys.activeSigner()));

    List<Map<String, Object>> items =
        (List<Map<String, Object>>) claims.get(LtiClaims.CONTENT_ITEMS);
    assertThat(items).hasSize(1);
    Map<String, Object> item = items.get(0);
    assertThat(item)
        .containsEntry("type", "ltiResourceLink")
        .containsEntry("title", "Module 1 satisfaction")
        .containsEntry("url", "https://kenes.example.edu/lti/launch")
        .containsEntry(
            "custom", Map.of("kenes_activity", "survey:12", "kenes_grade", "participation"));
    Map<String, Object> lineItem = (Map<String, Object>) item.get("lineItem");
    assertThat(((Number) lineItem.get("scoreMaximum")).doubleValue()).isEqualTo(1.0);
    assertThat(lineItem)
        .containsEntry("label", "Module 1 satisfaction")
        .containsEntry("resourceId", "survey:12")
        .containsEntry("tag", "kenes-participation");
  }

  @Test
  @SuppressWarnings("unchecked")
  void anUngradedItemHasNoLineItem() {
    Map<String, Object> claims = response.claims(moodleLike(), List.of(ungraded("3")));

    Map<String, Object> item =
        ((List<Map<String, Object>>) claims.get(LtiClaims.CONTENT_ITEMS)).get(0);
    assertThat(item).doesNotContainKey("lineItem").containsEntry("text", "About the course");
  }

  @Test
  void refusesResourceLinksWhenThePlatformDoesNotAcceptThem() {
    DeepLinkingReturn onlyFiles = request(List.of("file", "html"), List.of("iframe"), true);

    assertThat(onlyFiles.acceptsResourceLinks()).isFalse();
    assertThatThrownBy(() -> response.claims(onlyFiles, List.of(ungraded("1"))))
        .isInstanceOfSatisfying(
            DeepLinkingRefusal.class,
            e -> assertThat(e.reason()).isEqualTo(DeepLinkingRefusal.Reason.TYPE_NOT_ACCEPTED))
        .hasMessageContaining("[file, html]");
  }

  @Test
  void refusesSeveralItemsWhenThePlatformAcceptsOne() {
    DeepLinkingReturn single = request(List.of("ltiResourceLink"), List.of("iframe"), false);

    assertThat(response.claims(single, List.of(ungraded("1"))))
        .containsKey(LtiClaims.CONTENT_ITEMS);
    assertThatThrownBy(() -> response.claims(single, List.of(ungraded("1"), ungraded("2"))))
        .isInstanceOfSatisfying(
            DeepLinkingRefusal.class,
            e -> assertThat(e.reason()).isEqualTo(DeepLinkingRefusal.Reason.MULTIPLE_NOT_ACCEPTED));
  }

  @Test
  void placesSeveralItemsWhenThePlatformAcceptsMultiple() {
    Map<String, Object> claims = response.claims(moodleLike(), List.of(ungraded("1"), graded("2")));

    assertThat((List<?>) claims.get(LtiClaims.CONTENT_ITEMS)).hasSize(2);
  }

  @Test
  void anEmptyResponseIsAlwaysAccepted() {
    DeepLinkingReturn onlyFiles = request(List.of("file"), List.of(), false);

    assertThat((List<?>) response.claims(onlyFiles, List.of()).get(LtiClaims.CONTENT_ITEMS))
        .isEmpty();
  }

  @Test
  @SuppressWarnings("unchecked")
  void asksOnlyForAPresentationTargetThePlatformAccepts() {
    Map<String, Object> framed =
        ((List<Map<String, Object>>)
                response.claims(moodleLike(), List.of(ungraded("1"))).get(LtiClaims.CONTENT_ITEMS))
            .get(0);
    Map<String, Object> windowed =
        ((List<Map<String, Object>>)
                response
                    .claims(request(List.of(), List.of("window"), true), List.of(ungraded("1")))
                    .get(LtiClaims.CONTENT_ITEMS))
            .get(0);
    Map<String, Object> embedOnly =
        ((List<Map<String, Object>>)
                response
                    .claims(request(List.of(), List.of("embed"), true), List.of(ungraded("1")))
                    .get(LtiClaims.CONTENT_ITEMS))
            .get(0);

    assertThat(framed).containsKey("iframe").doesNotContainKey("window");
    assertThat(windowed).containsKey("window").doesNotContainKey("iframe");
    assertThat(embedOnly).doesNotContainKeys("iframe", "window");
  }

  @Test
  void drawsAFreshNonceForEveryResponse() {
    Object first = response.claims(moodleLike(), List.of()).get(LtiClaims.NONCE);
    Object second = response.claims(moodleLike(), List.of()).get(LtiClaims.NONCE);

    assertThat(first).isNotEqualTo(second);
  }
}
