package kz.kenes.lti.launch;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.kenes.lti.LtiError;
import kz.kenes.lti.LtiProtocolException;
import kz.kenes.lti.ToolConfiguration;
import kz.kenes.lti.registration.PlatformRegistration;
import kz.kenes.lti.registration.RegistrationLookup;
import kz.kenes.lti.security.state.LoginState;
import kz.kenes.lti.security.state.LoginStateStore;
import kz.kenes.lti.security.state.PlatformStorage;

/**
 * The first step of an LTI launch: the platform asks the tool to start an OpenID Connect login; the
 * tool resolves the registration, remembers a fresh {@code state} and {@code nonce}, and redirects
 * the browser to the platform's authentication endpoint with an implicit-flow id_token request.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#step-1-third-party-initiated-login">
 *     Security Framework §5.1.1.1 Third-party initiated login, §5.1.1.2 Authentication request</a>
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#additional-login-parameters">LTI 1.3
 *     §4.1.1 Additional login parameters</a>
 */
public final class LoginInitiation {

  /** How long a login may take before its state (and nonce) expire. */
  public static final Duration STATE_LIFETIME = Duration.ofMinutes(10);

  private static final int RANDOM_BYTES = 32;

  private final RegistrationLookup registrations;
  private final LoginStateStore states;
  private final ToolConfiguration tool;
  private final Clock clock;
  private final SecureRandom random;

  public LoginInitiation(
      RegistrationLookup registrations,
      LoginStateStore states,
      ToolConfiguration tool,
      Clock clock,
      SecureRandom random) {
    this.registrations = Objects.requireNonNull(registrations);
    this.states = Objects.requireNonNull(states);
    this.tool = Objects.requireNonNull(tool);
    this.clock = Objects.requireNonNull(clock);
    this.random = Objects.requireNonNull(random);
  }

  /**
   * Validates the login initiation request, saves a new {@link LoginState} bound to {@code
   * browserBinding}, and returns where to redirect the browser.
   *
   * @throws LtiProtocolException when a parameter is missing or too long ({@link ParameterLimits}),
   *     or the registration is unknown
   */
  public LoginRedirect initiate(LoginRequest request, String browserBinding) {
    return initiate(request, browserBinding, randomToken());
  }

  /**
   * Like {@link #initiate(LoginRequest, String)} for a platform that offers storage ({@code
   * lti_storage_target}): the state names the storage target ({@link PlatformStorage#state}) and
   * the login is bound to {@code secret}, which the caller's page stores in the platform.
   */
  public LoginRedirect initiateWithPlatformStorage(LoginRequest request, String secret) {
    return initiate(
        request,
        PlatformStorage.binding(secret),
        PlatformStorage.state(request.storageTarget(), randomToken()));
  }

  private LoginRedirect initiate(LoginRequest request, String browserBinding, String stateValue) {
    ParameterLimits.check(request);
    String issuer = require(request.issuer(), LtiError.MISSING_ISSUER, "iss");
    PlatformRegistration registration = resolve(issuer, blankToNull(request.clientId()));
    require(request.loginHint(), LtiError.MISSING_LOGIN_HINT, "login_hint");
    String target = requireTargetOnTool(request.targetLinkUri());
    requireKnownDeployment(registration, blankToNull(request.deploymentId()));
    Instant now = clock.instant();
    LoginState state =
        new LoginState(
            stateValue,
            randomToken(),
            registration.id(),
            target,
            browserBinding,
            now,
            now.plus(STATE_LIFETIME));
    states.save(state);
    return new LoginRedirect(authenticationRequest(registration, request, state), state);
  }

  /**
   * A deployment id sent with the login (optional, {@code lti_deployment_id}) must be one of the
   * registration's: refused here, before the browser goes to the platform, rather than after.
   */
  private static void requireKnownDeployment(
      PlatformRegistration registration, String deploymentId) {
    if (deploymentId != null && !registration.hasDeployment(deploymentId)) {
      throw new LtiProtocolException(
          LtiError.UNKNOWN_DEPLOYMENT,
          "lti_deployment_id '"
              + deploymentId
              + "' is not registered for client_id '"
              + registration.clientId()
              + "'; add the deployment in Kenes first");
    }
  }

  private PlatformRegistration resolve(String issuer, String clientId) {
    if (clientId != null) {
      return registrations
          .find(issuer, clientId)
          .orElseThrow(
              () ->
                  new LtiProtocolException(
                      LtiError.UNKNOWN_REGISTRATION,
                      "no registration for issuer '"
                          + issuer
                          + "' and client_id '"
                          + clientId
                          + "'; register the platform in Kenes first"));
    }
    List<PlatformRegistration> candidates = registrations.findByIssuer(issuer);
    if (candidates.isEmpty()) {
      throw new LtiProtocolException(
          LtiError.UNKNOWN_REGISTRATION,
          "no registration for issuer '" + issuer + "'; register the platform in Kenes first");
    }
    if (candidates.size() > 1) {
      throw new LtiProtocolException(
          LtiError.CLIENT_ID_REQUIRED,
          "client_id is required because issuer '"
              + issuer
              + "' has "
              + candidates.size()
              + " registrations");
    }
    return candidates.get(0);
  }

  private String requireTargetOnTool(String targetLinkUri) {
    String target = require(targetLinkUri, LtiError.MISSING_TARGET_LINK_URI, "target_link_uri");
    if (!tool.isOnTool(target)) {
      throw new LtiProtocolException(
          LtiError.TARGET_LINK_URI_NOT_ON_TOOL,
          "target_link_uri '" + target + "' is not on this tool (" + tool.publicUrl() + ")");
    }
    return target;
  }

  private URI authenticationRequest(
      PlatformRegistration registration, LoginRequest request, LoginState state) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("scope", "openid");
    parameters.put("response_type", "id_token");
    parameters.put("response_mode", "form_post");
    parameters.put("prompt", "none");
    parameters.put("client_id", registration.clientId());
    parameters.put("redirect_uri", tool.launchUrl().toString());
    parameters.put("login_hint", request.loginHint());
    if (request.ltiMessageHint() != null) {
      parameters.put("lti_message_hint", request.ltiMessageHint());
    }
    parameters.put("state", state.state());
    parameters.put("nonce", state.nonce());
    return AuthenticationRequestUri.build(registration.authLoginUrl(), parameters);
  }

  private String randomToken() {
    byte[] bytes = new byte[RANDOM_BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String require(String value, LtiError error, String parameter) {
    if (value == null || value.isBlank()) {
      throw new LtiProtocolException(
          error, "login initiation has no '" + parameter + "' parameter");
    }
    return value;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
