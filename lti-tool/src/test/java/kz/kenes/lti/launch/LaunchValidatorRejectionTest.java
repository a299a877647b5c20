package kz.kenes.lti.launch;

import static kz.kenes.lti.LtiClaims.AUD;
import static kz.kenes.lti.LtiClaims.AZP;
import static kz.kenes.lti.LtiClaims.DEEP_LINKING_SETTINGS;
import static kz.kenes.lti.LtiClaims.DEPLOYMENT_ID;
import static kz.kenes.lti.LtiClaims.EXP;
import static kz.kenes.lti.LtiClaims.IAT;
import static kz.kenes.lti.LtiClaims.ISS;
import static kz.kenes.lti.LtiClaims.MESSAGE_TYPE;
import static kz.kenes.lti.LtiClaims.NBF;
import static kz.kenes.lti.LtiClaims.NONCE;
import static kz.kenes.lti.LtiClaims.RESOURCE_LINK;
import static kz.kenes.lti.LtiClaims.ROLES;
import static kz.kenes.lti.LtiClaims.SUB;
import static kz.kenes.lti.LtiClaims.TARGET_LINK_URI;
import static kz.kenes.lti.LtiClaims.VERSION;
import static kz.kenes.lti.testing.LtiTestPlatform.CLIENT_ID;
import static kz.kenes.lti.testing.LtiTestPlatform.TOOL_URL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import kz.kenes.lti.LtiError;
import kz.kenes.lti.LtiProtocolException;
import kz.kenes.lti.security.jwt.JwsTestSigner;
import kz.kenes.lti.security.state.BrowserBinding;
import kz.kenes.lti.testing.TestKeys;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every refusal rule of launch validation: mutation of a valid launch -> error and message. */
class LaunchValidatorRejectionTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutations")
  void rejectsLaunch(
      String rule, Consumer<LaunchAttempt> mutation, LtiError error, String messageFragment) {
    LaunchAttempt attempt = new LaunchAttempt();
    mutation.accept(attempt);
    String idToken = attempt.idToken();

    LtiProtocolException refused =
        catchThrowableOfType(
            LtiProtocolException.class,
            () -> attempt.platform.launchValidator().validate(attempt.request(idToken)));

    assertThat(refused).as(rule).isNotNull();
    assertThat(refused.error()).as(refused.getMessage()).isEqualTo(error);
    assertThat(refused).hasMessageContaining(messageFragment);
    assertNoTokenIn(refused.getMessage(), idToken);
  }

  static Stream<Arguments> mutations() {
    return Stream.of(
        // login state and browser binding
        row("missing state", a -> a.state = null, LtiError.MISSING_STATE, "no 'state'"),
        row(
            "state of 65 characters",
            a -> a.state = "s".repeat(65),
            LtiError.PARAMETER_TOO_LONG,
            "parameter 'state' is 65 characters long; at most 64 are accepted"),
        row(
            "id_token over 64 KiB",
            a -> a.postRaw("e".repeat(64 * 1024 + 1)),
            LtiError.PARAMETER_TOO_LONG,
            "parameter 'id_token' is 65537 characters long; at most 65536 are accepted"),
        row("unknown state", a -> unknownState(a), LtiError.UNKNOWN_STATE, "state is unknown"),
        row(
            "expired state",
            a -> a.platform.clock.advance(Duration.ofMinutes(11)),
            LtiError.EXPIRED_STATE,
            "within 10 minutes"),
        row(
            "already used state",
            a -> a.platform.states.consumeState(a.state, now(a)),
            LtiError.STATE_ALREADY_USED,
            "already used"),
        row(
            "state cookie differs from state",
            a -> a.stateCookie = "another-login",
            LtiError.STATE_COOKIE_MISMATCH,
            "state cookie does not match"),
        row(
            "no cookie and another browser",
            a -> otherBrowserWithoutCookie(a),
            LtiError.BROWSER_BINDING_MISMATCH,
            "differs from the one that started the login"),
        row(
            "state cookie returned by another browser",
            a -> a.browserBinding = BrowserBinding.of("curl/8.5", "198.51.100.9"),
            LtiError.BROWSER_BINDING_MISMATCH,
            "that returned the state cookie differs from the one that started the login"),
        row(
            "registration deleted since login",
            a -> a.platform.registrations.remove(1L),
            LtiError.UNKNOWN_REGISTRATION,
            "no longer exists"),
        // the JWS
        row("missing id_token", a -> a.postRaw(null), LtiError.MISSING_ID_TOKEN, "no 'id_token'"),
        row(
            "id_token not a JWT",
            a -> a.postRaw("not-a-jwt"),
            LtiError.MALFORMED_ID_TOKEN,
            "not a compact serialised JWT"),
        row(
            "payload not a JSON object",
            a -> a.postRaw(JwsTestSigner.signText(rs256Header(), "[1,2]", TestKeys.platform())),
            LtiError.MALFORMED_ID_TOKEN,
            "payload is not a base64url JSON object"),
        row("alg none", a -> a.token.alg("none"), LtiError.UNSUPPORTED_ALGORITHM, "'none'"),
        row("alg HS256", a -> a.token.alg("HS256"), LtiError.UNSUPPORTED_ALGORITHM, "'HS256'"),
        row("alg HS384", a -> a.token.alg("HS384"), LtiError.UNSUPPORTED_ALGORITHM, "'HS384'"),
        row("alg HS512", a -> a.token.alg("HS512"), LtiError.UNSUPPORTED_ALGORITHM, "'HS512'"),
        row("alg PS256", a -> a.token.alg("PS256"), LtiError.UNSUPPORTED_ALGORITHM, "'PS256'"),
        row("no kid header", a -> a.token.withoutHeader("kid"), LtiError.MISSING_KID, "no 'kid'"),
        row(
            "kid not in platform key set",
            a -> a.token.signedWith(TestKeys.other()),
            LtiError.UNKNOWN_KID,
            "after one refetch"),
        row(
            "signed by another key under the platform kid",
            a -> forgedUnderPlatformKid(a),
            LtiError.INVALID_SIGNATURE,
            "signature does not verify"),
        row(
            "payload swapped under a valid signature",
            a -> swappedPayload(a),
            LtiError.INVALID_SIGNATURE,
            "signature does not verify"),
        row(
            "key embedded in jwk header",
            a -> embeddedJwk(a),
            LtiError.UNKNOWN_KID,
            "is not in the platform key set"),
        row(
            "embedded jwk under the platform kid",
            a -> embeddedJwkUnderPlatformKid(a),
            LtiError.INVALID_SIGNATURE,
            "signature does not verify"),
        row(
            "jku header to attacker key set",
            a -> attackerKeySetHeader(a, "jku"),
            LtiError.UNKNOWN_KID,
            "is not in the platform key set"),
        row(
            "x5u header to attacker certificate",
            a -> attackerKeySetHeader(a, "x5u"),
            LtiError.UNKNOWN_KID,
            "is not in the platform key set"),
        // OpenID Connect claims
        row(
            "iss of another platform",
            a -> a.token.with(ISS, "https://evil.example"),
            LtiError.ISSUER_MISMATCH,
            "'https://evil.example' is not the issuer"),
        row("iss missing", a -> a.token.without(ISS), LtiError.ISSUER_MISMATCH, "(missing)"),
        row(
            "aud without client_id",
            a -> a.token.with(AUD, "abc"),
            LtiError.AUDIENCE_MISMATCH,
            "'aud' does not contain this tool's client_id '" + CLIENT_ID + "'"),
        row("aud missing", a -> a.token.without(AUD), LtiError.AUDIENCE_MISMATCH, "'aud'"),
        row(
            "several aud and no azp",
            a -> a.token.with(AUD, List.of(CLIENT_ID, "x")).without(AZP),
            LtiError.AUTHORIZED_PARTY_MISMATCH,
            "has 2 values and no 'azp'"),
        row(
            "several aud and another azp",
            a -> a.token.with(AUD, List.of(CLIENT_ID, "x")).with(AZP, "x"),
            LtiError.AUTHORIZED_PARTY_MISMATCH,
            "'azp' 'x' is not this tool's client_id"),
        row("exp missing", a -> a.token.without(EXP), LtiError.INVALID_EXPIRATION, "'exp'"),
        row(
            "exp past beyond skew",
            a -> a.token.with(EXP, secondsFromNow(a, -61)),
            LtiError.INVALID_EXPIRATION,
            "expired at"),
        row("iat missing", a -> a.token.without(IAT), LtiError.INVALID_ISSUED_AT, "'iat'"),
        row(
            "iat in the future beyond skew",
            a -> a.token.with(IAT, secondsFromNow(a, 61)),
            LtiError.INVALID_ISSUED_AT,
            "in the future"),
        row(
            "iat older than nonce window",
            a -> a.token.with(IAT, secondsFromNow(a, -601)),
            LtiError.INVALID_ISSUED_AT,
            "older than the 10-minute nonce window"),
        row(
            "nbf in the future beyond skew",
            a -> a.token.with(NBF, secondsFromNow(a, 61)),
            LtiError.INVALID_NOT_BEFORE,
            "not valid before its 'nbf'"),
        row(
            "nbf not a number",
            a -> a.token.with(NBF, "soon"),
            LtiError.INVALID_NOT_BEFORE,
            "'nbf' is not a number"),
        row("nonce missing", a -> a.token.without(NONCE), LtiError.MISSING_NONCE, "no 'nonce'"),
        row(
            "nonce of another login",
            a -> a.token.with(NONCE, a.platform.login().nonce()),
            LtiError.UNKNOWN_NONCE,
            "not the nonce this tool issued"),
        row("sub missing", a -> a.token.without(SUB), LtiError.MISSING_SUBJECT, "'sub'"),
        row("sub blank", a -> a.token.with(SUB, " "), LtiError.MISSING_SUBJECT, "'sub'"),
        // LTI claims
        row(
            "deployment_id missing",
            a -> a.token.without(DEPLOYMENT_ID),
            LtiError.MISSING_DEPLOYMENT_ID,
            "deployment_id"),
        row(
            "deployment_id unknown",
            a -> a.token.with(DEPLOYMENT_ID, "deployment-9"),
            LtiError.UNKNOWN_DEPLOYMENT,
            "'deployment-9' is not a deployment of registration"),
        row(
            "version missing",
            a -> a.token.without(VERSION),
            LtiError.INVALID_VERSION,
            "is missing; this tool supports '1.3.0'"),
        row(
            "version 1.1",
            a -> a.token.with(VERSION, "1.1.0"),
            LtiError.INVALID_VERSION,
            "'1.1.0'"),
        row(
            "message_type missing",
            a -> a.token.without(MESSAGE_TYPE),
            LtiError.UNSUPPORTED_MESSAGE_TYPE,
            "is missing"),
        row(
            "message_type unknown",
            a -> a.token.with(MESSAGE_TYPE, "LtiSubmissionReviewRequest"),
            LtiError.UNSUPPORTED_MESSAGE_TYPE,
            "'LtiSubmissionReviewRequest'"),
        row("roles missing", a -> a.token.without(ROLES), LtiError.MISSING_ROLES, "roles"),
        row(
            "roles not an array",
            a -> a.token.with(ROLES, "Learner"),
            LtiError.MISSING_ROLES,
            "an empty array is allowed"),
        row(
            "resource link request without resource_link",
            a -> a.token.without(RESOURCE_LINK),
            LtiError.MISSING_RESOURCE_LINK_ID,
            "LtiResourceLinkRequest has no"),
        row(
            "resource_link without id",
            a -> a.token.with(RESOURCE_LINK, Map.of("title", "t")),
            LtiError.MISSING_RESOURCE_LINK_ID,
            "with an 'id'"),
        row(
            "deep linking request without settings",
            a -> a.token.deepLinking("https://x").without(DEEP_LINKING_SETTINGS),
            LtiError.MISSING_DEEP_LINK_RETURN_URL,
            "LtiDeepLinkingRequest has no"),
        row(
            "deep linking settings without return url",
            a -> a.token.deepLinking("https://x").with(DEEP_LINKING_SETTINGS, Map.of()),
            LtiError.MISSING_DEEP_LINK_RETURN_URL,
            "deep_link_return_url"),
        row(
            "target_link_uri missing",
            a -> a.token.without(TARGET_LINK_URI),
            LtiError.MISSING_TARGET_LINK_URI,
            "target_link_uri"),
        row(
            "target_link_uri elsewhere",
            a -> a.token.with(TARGET_LINK_URI, "https://evil.example/"),
            LtiError.TARGET_LINK_URI_NOT_ON_TOOL,
            "is not on this tool"),
        row(
            "target_link_uri on the tool but not the login's",
            a -> a.token.with(TARGET_LINK_URI, TOOL_URL + "/app"),
            LtiError.TARGET_LINK_URI_MISMATCH,
            "is not the target_link_uri '" + TOOL_URL + "/lti/launch' the login was initiated"));
  }

  private static void assertNoTokenIn(String message, String idToken) {
    if (idToken == null) {
      return;
    }
    for (String segment : idToken.split("\\.")) {
      if (segment.length() > 16) {
        assertThat(message).doesNotContain(segment);
      }
    }
  }

  private static Arguments row(
      String rule, Consumer<LaunchAttempt> mutation, LtiError error, String fragment) {
    return Arguments.of(rule, mutation, error, fragment);
  }

  private static java.time.Instant now(LaunchAttempt a) {
    return a.platform.clock.instant();
  }

  private static long secondsFromNow(LaunchAttempt a, long seconds) {
    return now(a).getEpochSecond() + seconds;
  }

  private static Map<String, Object> rs256Header() {
    return Map.of("alg", "RS256", "kid", TestKeys.platform().kid());
  }

  private static void unknownState(LaunchAttempt a) {
    a.state = "never-issued";
    a.stateCookie = "never-issued";
  }

  private static void otherBrowserWithoutCookie(LaunchAttempt a) {
    a.stateCookie = null;
    a.browserBinding = BrowserBinding.of("curl/8.5", "198.51.100.9");
  }

  private static void forgedUnderPlatformKid(LaunchAttempt a) {
    a.token.signedWith(TestKeys.other()).header("kid", TestKeys.platform().kid());
  }

  private static void swappedPayload(LaunchAttempt a) {
    String[] genuine = a.token.build().split("\\.");
    String[] forged = a.token.with(SUB, "admin").build().split("\\.");
    a.postRaw(genuine[0] + "." + forged[1] + "." + genuine[2]);
  }

  private static void embeddedJwk(LaunchAttempt a) {
    a.token
        .signedWith(TestKeys.other())
        .header("jwk", JwsTestSigner.publicJwkMap(TestKeys.other()));
  }

  private static void embeddedJwkUnderPlatformKid(LaunchAttempt a) {
    embeddedJwk(a);
    a.token.header("kid", TestKeys.platform().kid());
  }

  private static void attackerKeySetHeader(LaunchAttempt a, String header) {
    a.token.signedWith(TestKeys.other()).header(header, "https://evil.example/keys.json");
  }
}
