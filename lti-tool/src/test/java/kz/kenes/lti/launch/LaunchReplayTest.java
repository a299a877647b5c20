package kz.kenes.lti.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import kz.kenes.lti.LtiError;
import kz.kenes.lti.LtiProtocolException;
import kz.kenes.lti.security.state.LoginState;
import kz.kenes.lti.testing.LtiTestPlatform;
import org.junit.jupiter.api.Test;

/** A launch happens once: replays and forged key headers get nowhere. */
class LaunchReplayTest {

  private final LtiTestPlatform platform = new LtiTestPlatform();
  private final LaunchValidator validator = platform.launchValidator();

  @Test
  void rejectsSecondPostOfTheSameLaunch() {
    LoginState login = platform.login();
    LaunchRequest request = platform.launchRequest(login, platform.launchToken(login).build());
    validator.validate(request);

    assertThatThrownBy(() -> validator.validate(request))
        .isInstanceOf(LtiProtocolException.class)
        .extracting(e -> ((LtiProtocolException) e).error())
        .isEqualTo(LtiError.STATE_ALREADY_USED);
  }

  @Test
  void rejectsIdTokenReplayedWithAFreshState() {
    LoginState first = platform.login();
    String idToken = platform.launchToken(first).build();
    validator.validate(platform.launchRequest(first, idToken));
    LoginState second = platform.login();

    assertThatThrownBy(() -> validator.validate(platform.launchRequest(second, idToken)))
        .isInstanceOf(LtiProtocolException.class)
        .extracting(e -> ((LtiProtocolException) e).error())
        .isEqualTo(LtiError.UNKNOWN_NONCE);
  }

  @Test
  void neverFetchesKeysFromTheTokensJkuHeader() {
    URI attackerKeys = URI.create("https://evil.example/keys.json");
    LoginState login = platform.login();
    String idToken = platform.launchToken(login).header("jku", attackerKeys.toString()).build();

    validator.validate(platform.launchRequest(login, idToken));

    assertThat(platform.jwks.fetchCount(attackerKeys)).isZero();
    assertThat(platform.jwks.fetchCount(LtiTestPlatform.JWKS_URL)).isEqualTo(1);
  }
}
