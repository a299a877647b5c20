package kz.kenes.lti.launch;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import kz.kenes.lti.LtiError;
import kz.kenes.lti.LtiProtocolException;
import kz.kenes.lti.ToolConfiguration;
import kz.kenes.lti.registration.PlatformRegistration;
import kz.kenes.lti.registration.RegistrationLookup;
import kz.kenes.lti.security.jwt.IdTokenVerifier;
import kz.kenes.lti.security.jwt.PlatformKeySets;
import kz.kenes.lti.security.state.LoginState;
import kz.kenes.lti.security.state.LoginStateStore;

/**
 * Validates the platform's authentication response (the form post of {@code state} and {@code
 * id_token} to the launch URL) and turns it into an {@link LtiLaunch}. It runs a chain of small
 * named checks, each refusing with its own {@link LtiError}: the login state, the JWS signature,
 * the OpenID Connect claims, the LTI claims every message shares, and the rules of the message type
 * (one validator per type). Nothing is stored except the consumption of the state and the nonce.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#authentication-response-validation">
 *     Security Framework §5.1.3 Authentication response validation</a>
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#required-message-claims">LTI 1.3 §5.3
 *     Required message claims</a>
 */
public final class LaunchValidator {

  private final RegistrationLookup registrations;
  private final LoginStateCheck loginStateCheck;
  private final IdTokenVerifier verifier;
  private final ToolConfiguration tool;
  private final Clock clock;
  private final List<ClaimCheck> checks;

  public LaunchValidator(
      RegistrationLookup registrations,
      LoginStateStore states,
      PlatformKeySets keySets,
      ToolConfiguration tool,
      Clock clock) {
    this.registrations = Objects.requireNonNull(registrations);
    this.loginStateCheck = new LoginStateCheck(states);
    this.verifier = new IdTokenVerifier(keySets);
    this.tool = Objects.requireNonNull(tool);
    this.clock = Objects.requireNonNull(clock);
    this.checks =
        List.of(
            IdTokenChecks::issuerIsRegistrationIssuer,
            IdTokenChecks::audienceContainsClientId,
            IdTokenChecks::authorizedPartyIsClientId,
            IdTokenChecks::notExpired,
            IdTokenChecks::issuedRecently,
            IdTokenChecks::notBeforeReached,
            IdTokenChecks::nonceMatchesLoginState,
            IdTokenChecks::hasSubject,
            LtiMessageChecks::deploymentIsRegistered,
            LtiMessageChecks::versionIs130,
            new MessageTypeCheck(
                List.of(new ResourceLinkMessageValidator(), new DeepLinkingMessageValidator())),
            LtiMessageChecks::rolesPresent,
            LtiMessageChecks::targetLinkUriIsOnTool,
            LtiMessageChecks::targetLinkUriIsTheLogins);
  }

  /**
   * Validates a launch.
   *
   * @throws LtiProtocolException naming the first rule the launch breaks
   */
  public LtiLaunch validate(LaunchRequest request) {
    ParameterLimits.check(request);
    Instant now = clock.instant();
    requireIdToken(request);
    LoginState login = loginStateCheck.consume(request, now);
    PlatformRegistration registration = registrationOf(login);
    IdTokenClaims claims =
        new IdTokenClaims(verifier.verify(request.idToken(), registration.jwksUrl()));
    LaunchContext context = new LaunchContext(registration, login, tool, now);
    for (ClaimCheck check : checks) {
      check.check(claims, context);
    }
    return LtiLaunches.from(claims, registration);
  }

  private static void requireIdToken(LaunchRequest request) {
    if (request.idToken() == null || request.idToken().isBlank()) {
      throw new LtiProtocolException(
          LtiError.MISSING_ID_TOKEN,
          "launch has no 'id_token' parameter (did the platform report an error instead?)");
    }
  }

  private PlatformRegistration registrationOf(LoginState login) {
    return registrations
        .findById(login.registrationId())
        .orElseThrow(
            () ->
                new LtiProtocolException(
                    LtiError.UNKNOWN_REGISTRATION,
                    "registration "
                        + login.registrationId()
                        + " that the login was started for no longer exists"));
  }
}
