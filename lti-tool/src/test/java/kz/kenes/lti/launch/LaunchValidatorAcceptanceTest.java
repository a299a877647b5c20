package kz.kenes.lti.launch;

import static kz.kenes.lti.LtiClaims.AUD;
import static kz.kenes.lti.LtiClaims.CONTEXT;
import static kz.kenes.lti.LtiClaims.EMAIL;
import static kz.kenes.lti.LtiClaims.EXP;
import static kz.kenes.lti.LtiClaims.FAMILY_NAME;
import static kz.kenes.lti.LtiClaims.GIVEN_NAME;
import static kz.kenes.lti.LtiClaims.IAT;
import static kz.kenes.lti.LtiClaims.LOCALE;
import static kz.kenes.lti.LtiClaims.NAME;
import static kz.kenes.lti.LtiClaims.NBF;
import static kz.kenes.lti.LtiClaims.ROLES;
import static kz.kenes.lti.testing.LtiTestPlatform.CLIENT_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import kz.kenes.lti.LtiClaims;
import kz.kenes.lti.testing.LaunchTokenBuilder;
import kz.kenes.lti.testing.LtiTestPlatform;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Valid launches the 1EdTech core certification sends, each accepted and read correctly. */
class LaunchValidatorAcceptanceTest {

  private static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";

  @ParameterizedTest(name = "{0}")
  @MethodSource("validLaunches")
  void acceptsLaunch(String name, Consumer<LaunchAttempt> change, Consumer<LtiLaunch> expect) {
    LaunchAttempt attempt = new LaunchAttempt();
    change.accept(attempt);

    LtiLaunch launch = attempt.validate();

    assertThat(launch.registration()).isEqualTo(attempt.platform.registration);
    assertThat(launch.deploymentId()).isEqualTo(LtiTestPlatform.DEPLOYMENT_ID);
    assertThat(launch.subject()).isEqualTo(LaunchTokenBuilder.DEFAULT_SUBJECT);
    assertThat(launch.targetLinkUri()).isEqualTo(LtiTestPlatform.TARGET_LINK_URI);
    expect.accept(launch);
  }

  static Stream<Arguments> validLaunches() {
    return Stream.of(
        valid("learner resource link launch", a -> {}, l -> assertLearnerDefaults(l)),
        valid(
            "several roles",
            a -> a.token.with(ROLES, List.of(MEMBERSHIP + "Learner", MEMBERSHIP + "Instructor")),
            l -> assertThat(l.toolRole()).isEqualTo(ToolRole.INSTRUCTOR)),
        valid(
            "short role name",
            a -> a.token.with(ROLES, List.of("Instructor")),
            l -> assertThat(l.toolRole()).isEqualTo(ToolRole.INSTRUCTOR)),
        valid(
            "unknown roles are kept and ignored",
            a -> a.token.with(ROLES, List.of("http://example.com/roles#Wizard")),
            l -> {
              assertThat(l.roles()).containsExactly("http://example.com/roles#Wizard");
              assertThat(l.toolRole()).isEqualTo(ToolRole.LEARNER);
            }),
        valid(
            "empty roles mean learner",
            a -> a.token.with(ROLES, List.of()),
            l -> assertThat(l.toolRole()).isEqualTo(ToolRole.LEARNER)),
        valid(
            "email only",
            a -> a.token.without(NAME).without(GIVEN_NAME).without(FAMILY_NAME),
            l -> {
              assertThat(l.email()).isEqualTo("aigerim@student.example.edu");
              assertThat(l.name()).isNull();
            }),
        valid(
            "names only",
            a -> a.token.without(EMAIL),
            l -> {
              assertThat(l.email()).isNull();
              assertThat(l.givenName()).isEqualTo("Aigerim");
              assertThat(l.familyName()).isEqualTo("Nurlanovna");
            }),
        valid("no personal data at all", a -> withoutPersonalData(a), l -> assertNoPii(l)),
        valid(
            "no context claim",
            a -> a.token.without(CONTEXT),
            l -> assertThat(l.context()).isEmpty()),
        valid(
            "all optional claims",
            a -> LaunchClaimsFixture.addAll(a.token),
            l -> {
              LaunchClaimsFixture.assertAllRead(l);
            }),
        valid(
            "deep linking request",
            a -> a.token.deepLinking("https://lms.example.edu/deep-link/return"),
            l -> assertDeepLinking(l)),
        valid("signed RS384", a -> a.token.alg("RS384"), l -> assertLearnerDefaults(l)),
        valid("signed RS512", a -> a.token.alg("RS512"), l -> assertLearnerDefaults(l)),
        valid(
            "no state cookie, same browser",
            a -> a.stateCookie = null,
            l -> assertLearnerDefaults(l)),
        valid(
            "aud array with azp",
            a -> a.token.with(AUD, List.of(CLIENT_ID, "other-client")),
            l -> assertLearnerDefaults(l)),
        valid(
            "single aud without azp",
            a -> a.token.without(LtiClaims.AZP),
            l -> assertLearnerDefaults(l)),
        valid(
            "exp just past, within skew",
            a -> a.token.with(EXP, a.platform.clock.instant().getEpochSecond() - 30),
            l -> assertLearnerDefaults(l)),
        valid(
            "iat just ahead, within skew",
            a -> a.token.with(IAT, a.platform.clock.instant().getEpochSecond() + 30),
            l -> assertLearnerDefaults(l)),
        valid(
            "nbf in the past",
            a -> a.token.with(NBF, a.platform.clock.instant().getEpochSecond() - 5),
            l -> assertLearnerDefaults(l)),
        valid(
            "nbf just ahead, within skew",
            a -> a.token.with(NBF, a.platform.clock.instant().getEpochSecond() + 60),
            l -> assertLearnerDefaults(l)),
        valid(
            "jku header is ignored",
            a -> a.token.header("jku", "https://evil.example/keys.json"),
            l -> assertLearnerDefaults(l)));
  }

  private static Arguments valid(
      String name, Consumer<LaunchAttempt> change, Consumer<LtiLaunch> expect) {
    return Arguments.of(name, change, expect);
  }

  private static void assertLearnerDefaults(LtiLaunch launch) {
    assertThat(launch.messageType()).isEqualTo(LtiClaims.LTI_RESOURCE_LINK_REQUEST);
    assertThat(launch.toolRole()).isEqualTo(ToolRole.LEARNER);
    assertThat(launch.resourceLink())
        .hasValueSatisfying(r -> assertThat(r.id()).isEqualTo("resource-link-1"));
    assertThat(launch.name()).isEqualTo("Aigerim Nurlanovna");
    assertThat(launch.locale()).isEqualTo("kk-KZ");
    assertThat(launch.context()).isEmpty();
    assertThat(launch.custom()).isEmpty();
    assertThat(launch.deepLinkingSettings()).isEmpty();
    assertThat(launch.isDeepLinkingRequest()).isFalse();
  }

  private static void withoutPersonalData(LaunchAttempt a) {
    a.token.without(NAME).without(GIVEN_NAME).without(FAMILY_NAME).without(EMAIL).without(LOCALE);
  }

  private static void assertNoPii(LtiLaunch l) {
    assertThat(l.name()).isNull();
    assertThat(l.givenName()).isNull();
    assertThat(l.familyName()).isNull();
    assertThat(l.email()).isNull();
    assertThat(l.locale()).isNull();
  }

  private static void assertDeepLinking(LtiLaunch l) {
    assertThat(l.isDeepLinkingRequest()).isTrue();
    assertThat(l.resourceLink()).isEmpty();
    LtiLaunch.DeepLinkingSettings settings = l.deepLinkingSettings().orElseThrow();
    assertThat(settings.deepLinkReturnUrl()).isEqualTo("https://lms.example.edu/deep-link/return");
    assertThat(settings.acceptTypes()).containsExactly("ltiResourceLink");
    assertThat(settings.acceptPresentationDocumentTargets()).containsExactly("iframe", "window");
    assertThat(settings.acceptMultiple()).isTrue();
    assertThat(settings.autoCreate()).isFalse();
    assertThat(settings.data()).isEqualTo("opaque-platform-data");
  }
}
