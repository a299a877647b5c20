package it.kenes.lti;

import static it.kenes.lti.RefusalTable.typeOf;
import static it.kenes.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.LaunchResult;
import it.kenes.support.LoginParameters;
import it.kenes.support.LoginResult;
import it.kenes.support.TestPlatform;
import it.kenes.support.VirtualBrowser;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.kenes.lti.LtiError;
import kz.kenes.lti.testing.LaunchTokenBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every refusal rule of the LTI core, one table row per way of breaking it, driven against the
 * running server through a real login: each must be refused with its 4xx, the problem type naming
 * the rule ({@code urn:kenes:problem:lti-<rule>}), a specific detail, and no session.
 */
class LtiRefusalIT {

  private final TestPlatform platform = TestPlatform.register();

  @AfterEach
  void closePlatform() {
    platform.close();
  }

  @ParameterizedTest(name = "login with {0} -> {1} {2}")
  @MethodSource("it.kenes.lti.RefusalTable#loginRefusals")
  void refusesLogin(
      String name,
      int status,
      LtiError rule,
      BiFunction<TestPlatform, LoginParameters, LoginParameters> mutation) {
    LoginResult login =
        platform.login(VirtualBrowser.open(), mutation.apply(platform, platform.loginParameters()));

    assertProblem(login.answer(), status, typeOf(rule));
    assertThat(login.answer().location()).isEmpty();
    assertThat(login.stateCookieHeader()).isEmpty();
  }

  @ParameterizedTest(name = "launch with {0} -> {1} {2}")
  @MethodSource("it.kenes.lti.RefusalTable#launchRefusals")
  void refusesLaunch(
      String name, int status, LtiError rule, Function<LaunchAttempt, LaunchResult> attack) {
    VirtualBrowser browser = VirtualBrowser.open();
    LaunchAttempt attempt = new LaunchAttempt(platform, browser, platform.login(browser));

    LaunchResult result = attack.apply(attempt);

    assertProblem(result.answer(), status, typeOf(rule));
    assertThat(result.sessionToken()).as("no session for a refused launch").isEmpty();
  }

  @Test
  void everyRefusalRuleHasARowOrAReason() {
    Set<LtiError> covered =
        Stream.concat(RefusalTable.loginRefusals(), RefusalTable.launchRefusals())
            .map(arguments -> (LtiError) arguments.get()[2])
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(LtiError.class)));
    covered.addAll(RefusalTable.NOT_DRIVABLE_OVER_HTTP);

    assertThat(covered).containsExactlyInAnyOrder(LtiError.values());
  }

  @Test
  void refusedLaunchStillUsesUpTheState() {
    VirtualBrowser browser = VirtualBrowser.open();
    LoginResult login = platform.login(browser);
    LaunchTokenBuilder token = platform.idToken(login);
    platform.launch(browser, login, token.alg("none").build());

    LaunchResult retry = platform.launch(browser, login, platform.idToken(login).build());

    assertProblem(retry.answer(), 401, typeOf(LtiError.STATE_ALREADY_USED));
  }

  @Test
  void neverFetchesKeysFromUrlsInTheTokenHeader() {
    VirtualBrowser browser = VirtualBrowser.open();
    LaunchAttempt attempt = new LaunchAttempt(platform, browser, platform.login(browser));

    LaunchResult result = attempt.post(attempt.attackerSignedToken("jku"));

    assertProblem(result.answer(), 401, typeOf(LtiError.UNKNOWN_KID));
    assertThat(platform.server().fetches(LaunchAttempt.ATTACKER_JWKS)).isZero();
  }

  @Test
  void answers502WhenThePlatformKeySetCannotBeFetched() {
    try (TestPlatform unreachable =
        TestPlatform.register(r -> r.with("jwksUrl", "http://127.0.0.1:9/no-key-set-here"))) {
      LaunchResult result = unreachable.completeFlow().launch();

      assertProblem(result.answer(), 502, typeOf(LtiError.PLATFORM_JWKS_UNAVAILABLE));
    }
  }

  @Test
  void answers502WhenThePlatformKeySetIsNotAKeySet() {
    platform.server().serve(platformJwksPath(platform), "{\"not\":\"a key set\"}");

    LaunchResult result = platform.completeFlow().launch();

    assertProblem(result.answer(), 502, typeOf(LtiError.PLATFORM_JWKS_UNAVAILABLE));
  }

  private static String platformJwksPath(TestPlatform platform) {
    return platform.jwksUrl().getPath();
  }
}
