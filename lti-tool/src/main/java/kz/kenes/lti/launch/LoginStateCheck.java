package kz.kenes.lti.launch;

import java.time.Instant;
import java.util.Objects;
import kz.kenes.lti.LtiError;
import kz.kenes.lti.LtiProtocolException;
import kz.kenes.lti.security.state.LoginState;
import kz.kenes.lti.security.state.LoginStateStore;
import kz.kenes.lti.security.state.LoginStateStore.StateConsumption;
import kz.kenes.lti.security.state.PlatformStorage;

/**
 * Ties a launch to the login that started it: the {@code state} parameter must match the state
 * cookie when the browser sent one, must be known, unexpired and unused (it is consumed here), and
 * the request's browser fingerprint must match the one recorded at login, whether or not the cookie
 * came back: a cookie is a second proof of the same browser, never a substitute for the first (an
 * attacker who plants or replays a cookie still has to be that browser).
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#step-3-authentication-response">
 *     Security Framework §5.1.1.3</a>
 */
final class LoginStateCheck {

  private final LoginStateStore store;

  LoginStateCheck(LoginStateStore store) {
    this.store = Objects.requireNonNull(store);
  }

  /** Consumes the state of the request and returns what the login recorded. */
  LoginState consume(LaunchRequest request, Instant now) {
    String state = request.state();
    if (state == null || state.isBlank()) {
      throw new LtiProtocolException(LtiError.MISSING_STATE, "launch has no 'state' parameter");
    }
    requireCookieMatches(request);
    LoginState login = consumeStored(state, now);
    requireSameBrowser(request, login);
    return login;
  }

  private static void requireCookieMatches(LaunchRequest request) {
    if (request.stateCookie() != null && !request.stateCookie().equals(request.state())) {
      throw new LtiProtocolException(
          LtiError.STATE_COOKIE_MISMATCH,
          "state cookie does not match the 'state' parameter: the launch did not come back to"
              + " the browser session that started the login");
    }
  }

  private LoginState consumeStored(String state, Instant now) {
    StateConsumption result = store.consumeState(state, now);
    if (result instanceof StateConsumption.Consumed consumed) {
      return consumed.state();
    }
    if (result instanceof StateConsumption.Expired) {
      throw new LtiProtocolException(
          LtiError.EXPIRED_STATE,
          "state expired: login and launch must complete within "
              + LoginInitiation.STATE_LIFETIME.toMinutes()
              + " minutes; start the launch again from the platform");
    }
    if (result instanceof StateConsumption.AlreadyUsed) {
      throw new LtiProtocolException(
          LtiError.STATE_ALREADY_USED,
          "state was already used by an earlier launch; each login allows one launch");
    }
    throw new LtiProtocolException(
        LtiError.UNKNOWN_STATE,
        "state is unknown: it was not issued by this tool's login initiation, or was purged");
  }

  private static void requireSameBrowser(LaunchRequest request, LoginState login) {
    if (PlatformStorage.isStorageBinding(login.browserBinding())) {
      if (!Objects.equals(login.browserBinding(), request.browserBinding())) {
        throw new LtiProtocolException(
            LtiError.BROWSER_BINDING_MISMATCH,
            "the platform's storage did not give back the value the login stored in it: the"
                + " launch did not come back to the browser that started the login");
      }
      return;
    }
    if (!Objects.equals(login.browserBinding(), request.browserBinding())) {
      throw new LtiProtocolException(
          LtiError.BROWSER_BINDING_MISMATCH,
          "the browser (User-Agent and address) "
              + (request.stateCookie() == null ? "" : "that returned the state cookie ")
              + "differs from the one that started the login");
    }
  }
}
