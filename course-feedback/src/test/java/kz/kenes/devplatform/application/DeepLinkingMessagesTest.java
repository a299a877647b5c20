package kz.kenes.devplatform.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import kz.kenes.lti.LtiClaims;
import org.junit.jupiter.api.Test;

/** The development platform's side of deep linking: its request, its memory, placed links. */
class DeepLinkingMessagesTest {

  private static final DevPlatform PLATFORM = new DevPlatform(URI.create("http://localhost:9381"));
  private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final PlatformUser USER =
      new PlatformUser("demo-teacher", "Teacher", "T", "Eacher", "t@example.edu");
  private static final PlatformCourse COURSE = new PlatformCourse("c1", "AGR-201", "Crops");

  private final PlacedLinks links = new PlacedLinks();

  @Test
  @SuppressWarnings("unchecked")
  void theDeepLinkingRequestReturnsToThePlatformWithItsData() {
    LaunchChoice choice =
        new LaunchChoice(
            PlatformRole.INSTRUCTOR, "demo-teacher", "c1", "en", DocumentTarget.IFRAME, true, null);

    Map<String, Object> claims =
        DeepLinkingRequestMessage.claims(PLATFORM, choice, USER, COURSE, "n-1", NOW, "dl-abc");

    assertThat(claims)
        .containsEntry(LtiClaims.MESSAGE_TYPE, "LtiDeepLinkingRequest")
        .containsEntry(LtiClaims.NONCE, "n-1")
        .doesNotContainKey(LtiClaims.RESOURCE_LINK);
    Map<String, Object> settings =
        (Map<String, Object>) claims.get(LtiClaims.DEEP_LINKING_SETTINGS);
    assertThat(settings)
        .containsEntry(
            "deep_link_return_url", "http://localhost:9381/dev/platform/deep-link-return")
        .containsEntry("accept_types", List.of("ltiResourceLink"))
        .containsEntry("accept_multiple", true)
        .containsEntry("data", "dl-abc");
  }

  @Test
  void aPlacedLinkIsLaunchedWithItsOwnIdTitleAndCustomParameters() {
    PlacedLink placed =
        links.place(
            "c1",
            "Survey 12",
            "http://localhost:9381/lti/launch",
            Map.of("kenes_activity", "survey:12"),
            1.0,
            "Survey 12");
    LaunchChoice choice =
        new LaunchChoice(
            PlatformRole.LEARNER,
            "demo-learner",
            "c1",
            "en",
            DocumentTarget.IFRAME,
            false,
            placed.id());

    Map<String, Object> claims =
        ResourceLinkLaunchMessage.claims(PLATFORM, choice, USER, COURSE, "n-2", NOW, placed);

    assertThat(claims)
        .containsEntry(LtiClaims.MESSAGE_TYPE, "LtiResourceLinkRequest")
        .containsEntry(LtiClaims.RESOURCE_LINK, Map.of("id", placed.id(), "title", "Survey 12"))
        .containsEntry(LtiClaims.CUSTOM, Map.of("kenes_activity", "survey:12"));
    assertThat(links.find(placed.id())).contains(placed);
    assertThat(placed.graded()).isTrue();
  }

  @Test
  void theCoursesOwnLinkHasNoCustomParameters() {
    LaunchChoice choice =
        new LaunchChoice(PlatformRole.LEARNER, "demo-learner", "c1", "en", DocumentTarget.IFRAME);

    assertThat(ResourceLinkLaunchMessage.claims(PLATFORM, choice, USER, COURSE, "n", NOW))
        .doesNotContainKey(LtiClaims.CUSTOM);
  }

  @Test
  void issuedDataIsRedeemedOnceForItsCourse() {
    String data = links.issueData("c1", CLOCK);

    assertThat(links.redeemData(data, CLOCK)).contains("c1");
    assertThat(links.redeemData(data, CLOCK)).isEmpty();
    assertThat(links.redeemData("dl-made-up", CLOCK)).isEmpty();
    assertThat(links.redeemData(null, CLOCK)).isEmpty();
  }

  @Test
  void staleDataIsNotRedeemed() {
    String data = links.issueData("c1", CLOCK);
    Clock later = Clock.offset(CLOCK, PlacedLinks.DATA_LIFETIME.plus(Duration.ofSeconds(1)));

    assertThat(links.redeemData(data, later)).isEmpty();
  }
}
