package it.kenes.lti;

import static it.kenes.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.Flow;
import it.kenes.support.Http;
import it.kenes.support.LaunchResult;
import it.kenes.support.LoginResult;
import it.kenes.support.TestPlatform;
import it.kenes.support.VirtualBrowser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A launch is single use and bound to the browser that started it: an id_token cannot be played
 * again, neither with its own state nor with a fresh one, and a launch is accepted only from the
 * browser that started the login, whether it returns the state cookie or not (third-party cookies
 * blocked): a matching cookie from another browser does not stand in for the browser.
 */
class ReplayAndBrowserBindingIT {

  private final TestPlatform platform = TestPlatform.register();

  @AfterEach
  void closePlatform() {
    platform.close();
  }

  @Test
  void refusesTheSameIdTokenAndStateASecondTime() {
    Flow flow = platform.completeFlow();

    LaunchResult replay = platform.launch(flow.browser(), flow.login(), flow.idToken());

    assertThat(flow.succeeded()).isTrue();
    assertProblem(replay.answer(), 401, "lti-state-already-used");
  }

  @Test
  void refusesAReplayedIdTokenUnderAFreshState() {
    Flow flow = platform.completeFlow();
    LoginResult freshLogin = platform.login(flow.browser());

    LaunchResult replay = platform.launch(flow.browser(), freshLogin, flow.idToken());

    assertThat(flow.succeeded()).isTrue();
    assertProblem(replay.answer(), 401, "lti-unknown-nonce");
  }

  @Test
  void refusesAReplayedIdTokenFromAnotherBrowser() {
    Flow flow = platform.completeFlow();
    VirtualBrowser attacker = VirtualBrowser.open();
    LoginResult attackerLogin = platform.login(attacker);

    LaunchResult replay = platform.launch(attacker, attackerLogin, flow.idToken());

    assertProblem(replay.answer(), 401, "lti-unknown-nonce");
  }

  @Test
  void returnsTheStateCookieToTheLaunch() {
    VirtualBrowser browser = VirtualBrowser.open();
    LoginResult login = platform.login(browser);

    assertThat(browser.cookiesFor(it.kenes.support.Kenes.url("/lti/launch")))
        .anySatisfy(
            cookie -> {
              assertThat(cookie.getName()).isEqualTo("__Host-kenes_st_" + login.state());
              assertThat(cookie.getValue()).isEqualTo(login.state());
            });
  }

  @Test
  void refusesLaunchFromAnotherBrowserThatSendsTheMatchingStateCookie() {
    LoginResult login = platform.login(VirtualBrowser.open());

    LaunchResult launch =
        platform.postLaunch(
            VirtualBrowser.blockingCookies("SomeoneElse/1.0"),
            java.util.Map.of("id_token", platform.idToken(login).build(), "state", login.state()),
            "Cookie",
            "__Host-kenes_st_" + login.state() + "=" + login.state());

    assertProblem(launch.answer(), 401, "lti-browser-binding-mismatch");
  }

  @Test
  void acceptsLaunchWithoutStateCookieFromTheSameBrowser() {
    VirtualBrowser browser = VirtualBrowser.open();
    LoginResult login = platform.login(browser);
    VirtualBrowser sameBrowserCookiesBlocked = browser.withCookiesBlocked();

    LaunchResult launch =
        platform.launch(sameBrowserCookiesBlocked, login, platform.idToken(login).build());

    assertThat(launch.status()).as("%s", launch.answer()).isEqualTo(303);
    assertThat(Http.me(launch.sessionTokenOrFail()).status()).isEqualTo(200);
  }

  @Test
  void refusesLaunchWithoutStateCookieFromAnotherBrowser() {
    LoginResult login = platform.login(VirtualBrowser.open());

    LaunchResult launch =
        platform.launch(
            VirtualBrowser.blockingCookies("SomeoneElse/1.0"),
            login,
            platform.idToken(login).build());

    assertProblem(launch.answer(), 401, "lti-browser-binding-mismatch");
  }

  @Test
  void launchesTwoFramesOfOneBrowserIndependently() {
    VirtualBrowser browser = VirtualBrowser.open();
    LoginResult first = platform.login(browser);
    LoginResult second = platform.login(browser);

    LaunchResult secondLaunch = platform.launch(browser, second, platform.idToken(second).build());
    LaunchResult firstLaunch = platform.launch(browser, first, platform.idToken(first).build());

    assertThat(secondLaunch.status()).as("%s", secondLaunch.answer()).isEqualTo(303);
    assertThat(firstLaunch.status()).as("%s", firstLaunch.answer()).isEqualTo(303);
    assertThat(firstLaunch.sessionTokenOrFail()).isNotEqualTo(secondLaunch.sessionTokenOrFail());
  }

  @Test
  void refusesTheIdTokenOfOneLoginPostedWithTheStateOfAnother() {
    VirtualBrowser browser = VirtualBrowser.open();
    LoginResult first = platform.login(browser);
    LoginResult second = platform.login(browser);

    LaunchResult crossed = platform.launch(browser, second, platform.idToken(first).build());

    assertProblem(crossed.answer(), 401, "lti-unknown-nonce");
  }
}
