package kz.kenes.lti.launch;

import kz.kenes.lti.security.state.LoginState;
import kz.kenes.lti.testing.LaunchTokenBuilder;
import kz.kenes.lti.testing.LtiTestPlatform;

/**
 * One launch in the making, for table tests: a login done on a fresh test platform, a valid token
 * builder for it, and the form post parameters, each of which a table row may bend.
 */
final class LaunchAttempt {

  final LtiTestPlatform platform = new LtiTestPlatform();
  final LoginState login = platform.login();
  final LaunchTokenBuilder token = platform.launchToken(login);
  String state = login.state();
  String stateCookie = login.state();
  String browserBinding = LtiTestPlatform.BROWSER;
  private String rawIdToken;
  private boolean raw;

  /** Posts {@code idToken} as is instead of the builder's token (null: no id_token at all). */
  LaunchAttempt postRaw(String idToken) {
    this.rawIdToken = idToken;
    this.raw = true;
    return this;
  }

  String idToken() {
    return raw ? rawIdToken : token.build();
  }

  LaunchRequest request(String idToken) {
    return new LaunchRequest(state, idToken, stateCookie, browserBinding);
  }

  LtiLaunch validate() {
    return platform.launchValidator().validate(request(idToken()));
  }
}
