package kz.kenes.lti.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.kenes.lti.LtiError;
import kz.kenes.lti.LtiProtocolException;
import kz.kenes.lti.security.state.LoginState;
import kz.kenes.lti.security.state.PlatformStorage;
import kz.kenes.lti.testing.LtiTestPlatform;
import org.junit.jupiter.api.Test;

/**
 * A login through platform storage: its state names the storage target, and the launch is bound to
 * the secret the login stored in the platform, not to a cookie or a fingerprint.
 */
class PlatformStorageLaunchTest {

  private final LtiTestPlatform platform = new LtiTestPlatform();

  private LoginState storageLogin(String secret) {
    LoginRequest base = platform.loginRequest();
    LoginRequest request =
        new LoginRequest(
            base.issuer(),
            base.loginHint(),
            base.targetLinkUri(),
            base.ltiMessageHint(),
            base.clientId(),
            base.deploymentId(),
            "_parent");
    return platform.loginInitiation().initiateWithPlatformStorage(request, secret).state();
  }

  @Test
  void theStateNamesTheStorageTargetAndTheBindingIsTheSecretsDigest() {
    LoginState login = storageLogin("secret-1");

    assertThat(login.state()).startsWith("ps._parent.");
    assertThat(PlatformStorage.targetOf(login.state())).contains("_parent");
    assertThat(login.browserBinding()).isEqualTo(PlatformStorage.binding("secret-1"));
    assertThat(PlatformStorage.targetOf(platform.login().state())).isEmpty();
  }

  @Test
  void acceptsTheLaunchThatBringsBackTheStoredSecretFromAnyAddress() {
    LoginState login = storageLogin("secret-2");
    String idToken = platform.launchToken(login).build();

    LtiLaunch launch =
        platform
            .launchValidator()
            .validate(
                new LaunchRequest(
                    login.state(), idToken, null, PlatformStorage.binding("secret-2")));

    assertThat(launch.registration().id()).isEqualTo(LtiTestPlatform.REGISTRATION_ID);
  }

  @Test
  void refusesALaunchWhoseStorageGaveBackAnotherValue() {
    LoginState login = storageLogin("secret-3");
    String idToken = platform.launchToken(login).build();

    assertThatThrownBy(
            () ->
                platform
                    .launchValidator()
                    .validate(
                        new LaunchRequest(
                            login.state(), idToken, null, PlatformStorage.binding("guess"))))
        .isInstanceOf(LtiProtocolException.class)
        .hasMessageContaining("platform's storage did not give back")
        .extracting(e -> ((LtiProtocolException) e).error())
        .isEqualTo(LtiError.BROWSER_BINDING_MISMATCH);
  }

  @Test
  void aCookieLoginIsNotOpenedByAStorageValue() {
    LoginState login = platform.login();
    String idToken = platform.launchToken(login).build();

    assertThatThrownBy(
            () ->
                platform
                    .launchValidator()
                    .validate(
                        new LaunchRequest(
                            login.state(), idToken, null, PlatformStorage.binding("anything"))))
        .extracting(e -> ((LtiProtocolException) e).error())
        .isEqualTo(LtiError.BROWSER_BINDING_MISMATCH);
  }

  @Test
  void onlyPlainFrameNamesAreStorageTargets() {
    assertThat(PlatformStorage.isUsableTarget("_parent")).isTrue();
    assertThat(PlatformStorage.isUsableTarget("post_message_forwarding")).isTrue();
    assertThat(PlatformStorage.isUsableTarget("a.b")).isFalse();
    assertThat(PlatformStorage.isUsableTarget("")).isFalse();
    assertThat(PlatformStorage.isUsableTarget(null)).isFalse();
  }
}
