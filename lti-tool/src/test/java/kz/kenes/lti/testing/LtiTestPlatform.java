package kz.kenes.lti.testing;

import java.net.URI;
import java.security.SecureRandom;
import java.util.Set;
import kz.kenes.lti.ToolConfiguration;
import kz.kenes.lti.launch.LaunchRequest;
import kz.kenes.lti.launch.LaunchValidator;
import kz.kenes.lti.launch.LoginInitiation;
import kz.kenes.lti.launch.LoginRequest;
import kz.kenes.lti.registration.PlatformRegistration;
import kz.kenes.lti.security.jwt.PlatformKeySets;
import kz.kenes.lti.security.state.BrowserBinding;
import kz.kenes.lti.security.state.LoginState;

/**
 * A whole test world in memory: one registered platform publishing {@link TestKeys#platform()}, the
 * tool at {@link #TOOL_URL}, a stopped clock, in-memory stores, and the login and launch services
 * wired to them. {@link #login()} then {@link #launchToken(LoginState)} gives a valid launch.
 */
public final class LtiTestPlatform {

  public static final String ISSUER = "https://lms.example.edu";
  public static final String CLIENT_ID = "kenes-client-1";
  public static final String DEPLOYMENT_ID = "deployment-1";
  public static final long REGISTRATION_ID = 1L;
  public static final URI TOOL_URL = URI.create("https://kenes.example.kz");
  public static final URI AUTH_LOGIN_URL = URI.create(ISSUER + "/mod/lti/auth.php");
  public static final URI JWKS_URL = URI.create(ISSUER + "/mod/lti/certs.php");
  public static final String TARGET_LINK_URI = TOOL_URL + "/lti/launch";
  public static final String BROWSER = BrowserBinding.of("Mozilla/5.0 (test)", "203.0.113.7");

  public final MutableClock clock = new MutableClock();
  public final PlatformRegistration registration =
      new PlatformRegistration(
          REGISTRATION_ID,
          "Test Moodle",
          ISSUER,
          CLIENT_ID,
          AUTH_LOGIN_URL,
          URI.create(ISSUER + "/mod/lti/token.php"),
          JWKS_URL,
          Set.of(DEPLOYMENT_ID));
  public final InMemoryRegistrationLookup registrations =
      new InMemoryRegistrationLookup(registration);
  public final InMemoryLoginStateStore states = new InMemoryLoginStateStore();
  public final CountingJwksFetcher jwks =
      new CountingJwksFetcher().serve(JWKS_URL, TestKeys.platformJwksJson());
  public final PlatformKeySets keySets = new PlatformKeySets(jwks);
  public final ToolConfiguration tool = new ToolConfiguration(TOOL_URL);

  public LoginInitiation loginInitiation() {
    return new LoginInitiation(registrations, states, tool, clock, new SecureRandom());
  }

  public LaunchValidator launchValidator() {
    return new LaunchValidator(registrations, states, keySets, tool, clock);
  }

  /** A login initiation request as the platform sends it (no client_id, one registration). */
  public LoginRequest loginRequest() {
    return new LoginRequest(ISSUER, "user-42", TARGET_LINK_URI, "message-hint-7", null, null);
  }

  /** Runs a login initiation from {@link #BROWSER} and returns the saved state. */
  public LoginState login() {
    return loginInitiation().initiate(loginRequest(), BROWSER).state();
  }

  /** A valid id_token builder answering that login. */
  public LaunchTokenBuilder launchToken(LoginState login) {
    return LaunchTokenBuilder.resourceLinkLaunch(
        ISSUER, CLIENT_ID, DEPLOYMENT_ID, login.nonce(), login.targetLinkUri(), clock);
  }

  /** The launch form post from the same browser, with the state cookie returned. */
  public LaunchRequest launchRequest(LoginState login, String idToken) {
    return new LaunchRequest(login.state(), idToken, login.state(), BROWSER);
  }
}
