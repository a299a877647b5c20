package it.kenes.lti;

import it.kenes.support.JsonText;
import it.kenes.support.LaunchResult;
import it.kenes.support.LoginParameters;
import it.kenes.support.LoginResult;
import it.kenes.support.TestPlatform;
import it.kenes.support.VirtualBrowser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import kz.kenes.lti.LtiClaims;
import kz.kenes.lti.LtiError;
import kz.kenes.lti.security.jwt.RsaJwk;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The refusal rules of the LTI core as tables: each row a way of breaking one rule, the status
 * Kenes must answer with and the rule ({@link LtiError}) its problem type must name. Rows of the
 * login table bend the platform's login parameters; rows of the launch table post something after a
 * real login ({@link LaunchAttempt}).
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#authentication-response-validation">
 *     Security Framework §5.1.3 Authentication response validation</a>
 */
final class RefusalTable {

  private RefusalTable() {}

  /** A refused login: how to bend the platform's login parameters, and what Kenes must answer. */
  static Stream<Arguments> loginRefusals() {
    return Stream.of(
        login("no iss", 400, LtiError.MISSING_ISSUER, (p, l) -> l.without("iss")),
        login("blank iss", 400, LtiError.MISSING_ISSUER, (p, l) -> l.with("iss", " ")),
        login(
            "unknown issuer",
            403,
            LtiError.UNKNOWN_REGISTRATION,
            (p, l) -> l.with("iss", "https://unknown-lms.example.edu")),
        login(
            "known issuer, unknown client_id",
            403,
            LtiError.UNKNOWN_REGISTRATION,
            (p, l) -> l.with("client_id", "not-" + p.clientId())),
        login(
            "issuer with two client_ids and no client_id",
            400,
            LtiError.CLIENT_ID_REQUIRED,
            (p, l) -> {
              p.registerAnotherClient();
              return l.without("client_id");
            }),
        login(
            "iss of 600 characters",
            400,
            LtiError.PARAMETER_TOO_LONG,
            (p, l) -> l.with("iss", "https://lms.example.edu/" + "x".repeat(600))),
        login(
            "target_link_uri of 3,000 characters",
            400,
            LtiError.PARAMETER_TOO_LONG,
            (p, l) ->
                l.with("target_link_uri", TestPlatform.targetLinkUri() + "?q=" + "x".repeat(3000))),
        login("no login_hint", 400, LtiError.MISSING_LOGIN_HINT, (p, l) -> l.without("login_hint")),
        login(
            "no target_link_uri",
            400,
            LtiError.MISSING_TARGET_LINK_URI,
            (p, l) -> l.without("target_link_uri")),
        login(
            "target_link_uri on another host",
            403,
            LtiError.TARGET_LINK_URI_NOT_ON_TOOL,
            (p, l) -> l.with("target_link_uri", "https://evil.example.com/lti/launch")),
        login(
            "target_link_uri relative",
            403,
            LtiError.TARGET_LINK_URI_NOT_ON_TOOL,
            (p, l) -> l.with("target_link_uri", "/lti/launch")),
        login(
            "lti_deployment_id not registered",
            403,
            LtiError.UNKNOWN_DEPLOYMENT,
            (p, l) -> l.with("lti_deployment_id", "not-a-deployment")),
        login(
            "target_link_uri with user info",
            403,
            LtiError.TARGET_LINK_URI_NOT_ON_TOOL,
            (p, l) ->
                l.with(
                    "target_link_uri",
                    TestPlatform.targetLinkUri().replace("://", "://attacker@"))));
  }

  /** A refused launch: what the platform (or an attacker) posts after a real login. */
  static Stream<Arguments> launchRefusals() {
    return Stream.of(
        // state and browser binding
        launch("no state", 400, LtiError.MISSING_STATE, a -> a.post(a.token().build(), null)),
        launch(
            "unknown state",
            401,
            LtiError.UNKNOWN_STATE,
            a -> a.post(a.token().build(), "made-up-" + a.login().state())),
        launch(
            "reused state",
            401,
            LtiError.STATE_ALREADY_USED,
            a -> {
              a.expectAccepted(a.post(a.token().build()));
              return a.post(a.token().build());
            }),
        launch(
            "state cookie present but different",
            401,
            LtiError.STATE_COOKIE_MISMATCH,
            a ->
                a.platform()
                    .postLaunch(
                        a.browser().withCookiesBlocked(),
                        LaunchAttempt.form(a.token().build(), a.login().state()),
                        "Cookie",
                        "__Host-kenes_st_" + a.login().state() + "=forged-" + a.login().state())),
        launch(
            "matching state cookie sent by another browser",
            401,
            LtiError.BROWSER_BINDING_MISMATCH,
            a ->
                a.platform()
                    .postLaunch(
                        VirtualBrowser.blockingCookies("AnotherBrowser/9.9"),
                        LaunchAttempt.form(a.token().build(), a.login().state()),
                        "Cookie",
                        "__Host-kenes_st_" + a.login().state() + "=" + a.login().state())),
        launch(
            "no state cookie and another browser",
            401,
            LtiError.BROWSER_BINDING_MISMATCH,
            a ->
                a.platform()
                    .postLaunch(
                        VirtualBrowser.blockingCookies("AnotherBrowser/9.9"),
                        LaunchAttempt.form(a.token().build(), a.login().state()))),
        // the id_token as a JWS
        launch(
            "state of 1,000 characters",
            400,
            LtiError.PARAMETER_TOO_LONG,
            a -> a.post(a.token().build(), "s".repeat(1000))),
        launch(
            "id_token of 100,000 characters",
            400,
            LtiError.PARAMETER_TOO_LONG,
            a -> a.post("e".repeat(100_000))),
        launch("no id_token", 400, LtiError.MISSING_ID_TOKEN, a -> a.post(null)),
        launch("blank id_token", 400, LtiError.MISSING_ID_TOKEN, a -> a.post("")),
        launch("id_token not a JWT", 400, LtiError.MALFORMED_ID_TOKEN, a -> a.post("not.a.jwt")),
        launch(
            "id_token is a JWE",
            400,
            LtiError.MALFORMED_ID_TOKEN,
            a -> a.post("eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.a.b.c.d")),
        launch(
            "alg none",
            401,
            LtiError.UNSUPPORTED_ALGORITHM,
            a -> a.post(a.token().alg("none").build())),
        launch(
            "alg HS256 keyed with the platform's public key",
            401,
            LtiError.UNSUPPORTED_ALGORITHM,
            a -> a.post(a.token().alg("HS256").build())),
        launch(
            "alg PS256",
            401,
            LtiError.UNSUPPORTED_ALGORITHM,
            a -> a.post(a.token().alg("PS256").build())),
        launch(
            "alg ES256",
            401,
            LtiError.UNSUPPORTED_ALGORITHM,
            a -> a.post(a.token().alg("ES256").build())),
        launch(
            "no kid",
            401,
            LtiError.MISSING_KID,
            a -> a.post(a.token().withoutHeader("kid").build())),
        launch(
            "kid not in the platform's key set",
            401,
            LtiError.UNKNOWN_KID,
            a -> a.post(a.token().signedWith(RsaJwk.generate()).build())),
        launch(
            "signed by another key under the platform's kid",
            401,
            LtiError.INVALID_SIGNATURE,
            a ->
                a.post(
                    a.token()
                        .signedWith(RsaJwk.generate())
                        .header("kid", a.platform().signingKey().kid())
                        .build())),
        launch(
            "payload changed after signing",
            401,
            LtiError.INVALID_SIGNATURE,
            a -> a.post(tamper(a.token().build(), a.token().roles(ADMIN).claims()))),
        launch(
            "attacker key announced in a jku header",
            401,
            LtiError.UNKNOWN_KID,
            a -> a.post(a.attackerSignedToken("jku"))),
        launch(
            "attacker key announced in an x5u header",
            401,
            LtiError.UNKNOWN_KID,
            a -> a.post(a.attackerSignedToken("x5u"))),
        launch(
            "attacker key embedded in a jwk header",
            401,
            LtiError.UNKNOWN_KID,
            a -> a.post(a.attackerSignedToken("jwk"))),
        // OpenID Connect claims
        launch(
            "iss of another platform",
            401,
            LtiError.ISSUER_MISMATCH,
            a -> a.post(a.token().with(LtiClaims.ISS, "https://other-lms.example.edu").build())),
        launch(
            "no iss",
            401,
            LtiError.ISSUER_MISMATCH,
            a -> a.post(a.token().without(LtiClaims.ISS).build())),
        launch(
            "aud another client",
            401,
            LtiError.AUDIENCE_MISMATCH,
            a ->
                a.post(
                    a.token().with(LtiClaims.AUD, "another-tool").without(LtiClaims.AZP).build())),
        launch(
            "aud array without the client_id",
            401,
            LtiError.AUDIENCE_MISMATCH,
            a ->
                a.post(
                    a.token()
                        .with(LtiClaims.AUD, List.of("tool-a", "tool-b"))
                        .without(LtiClaims.AZP)
                        .build())),
        launch(
            "no aud",
            401,
            LtiError.AUDIENCE_MISMATCH,
            a -> a.post(a.token().without(LtiClaims.AUD).build())),
        launch(
            "several aud and no azp",
            401,
            LtiError.AUTHORIZED_PARTY_MISMATCH,
            a ->
                a.post(
                    a.token()
                        .with(LtiClaims.AUD, List.of(a.platform().clientId(), "another-tool"))
                        .without(LtiClaims.AZP)
                        .build())),
        launch(
            "azp another client",
            401,
            LtiError.AUTHORIZED_PARTY_MISMATCH,
            a ->
                a.post(
                    a.token()
                        .with(LtiClaims.AUD, List.of(a.platform().clientId(), "another-tool"))
                        .with(LtiClaims.AZP, "another-tool")
                        .build())),
        launch(
            "expired exp",
            401,
            LtiError.INVALID_EXPIRATION,
            a ->
                a.post(
                    a.token()
                        .issuedAt(Instant.now().minus(Duration.ofMinutes(6)))
                        .expiresAt(Instant.now().minus(Duration.ofMinutes(2)))
                        .build())),
        launch(
            "no exp",
            401,
            LtiError.INVALID_EXPIRATION,
            a -> a.post(a.token().without(LtiClaims.EXP).build())),
        launch(
            "exp not a number",
            401,
            LtiError.INVALID_EXPIRATION,
            a -> a.post(a.token().with(LtiClaims.EXP, "tomorrow").build())),
        launch(
            "iat in the future beyond the skew",
            401,
            LtiError.INVALID_ISSUED_AT,
            a -> a.post(a.token().issuedAt(Instant.now().plus(Duration.ofMinutes(3))).build())),
        launch(
            "iat older than the nonce window",
            401,
            LtiError.INVALID_ISSUED_AT,
            a -> a.post(a.token().issuedAt(Instant.now().minus(Duration.ofMinutes(11))).build())),
        launch(
            "no iat",
            401,
            LtiError.INVALID_ISSUED_AT,
            a -> a.post(a.token().without(LtiClaims.IAT).build())),
        launch(
            "nbf in the future beyond the skew",
            401,
            LtiError.INVALID_NOT_BEFORE,
            a ->
                a.post(
                    a.token()
                        .with(
                            LtiClaims.NBF,
                            Instant.now().plus(Duration.ofMinutes(3)).getEpochSecond())
                        .build())),
        launch(
            "no nonce",
            401,
            LtiError.MISSING_NONCE,
            a -> a.post(a.token().without(LtiClaims.NONCE).build())),
        launch(
            "nonce not the one of the state",
            401,
            LtiError.UNKNOWN_NONCE,
            a -> a.post(a.token().with(LtiClaims.NONCE, "made-up-nonce").build())),
        launch(
            "nonce of another login",
            401,
            LtiError.UNKNOWN_NONCE,
            a -> {
              LoginResult other = a.platform().login(a.browser());
              return a.post(a.token().with(LtiClaims.NONCE, other.nonce()).build());
            }),
        launch(
            "no sub",
            400,
            LtiError.MISSING_SUBJECT,
            a -> a.post(a.token().without(LtiClaims.SUB).build())),
        launch(
            "blank sub",
            400,
            LtiError.MISSING_SUBJECT,
            a -> a.post(a.token().subject(" ").build())),
        // LTI claims
        launch(
            "no deployment_id",
            400,
            LtiError.MISSING_DEPLOYMENT_ID,
            a -> a.post(a.token().without(LtiClaims.DEPLOYMENT_ID).build())),
        launch(
            "deployment_id not registered",
            403,
            LtiError.UNKNOWN_DEPLOYMENT,
            a -> a.post(a.token().with(LtiClaims.DEPLOYMENT_ID, "deployment-unknown").build())),
        launch(
            "no version",
            400,
            LtiError.INVALID_VERSION,
            a -> a.post(a.token().without(LtiClaims.VERSION).build())),
        launch(
            "version 1.1",
            400,
            LtiError.INVALID_VERSION,
            a -> a.post(a.token().with(LtiClaims.VERSION, "1.1").build())),
        launch(
            "no message_type",
            400,
            LtiError.UNSUPPORTED_MESSAGE_TYPE,
            a -> a.post(a.token().without(LtiClaims.MESSAGE_TYPE).build())),
        launch(
            "unknown message_type",
            400,
            LtiError.UNSUPPORTED_MESSAGE_TYPE,
            a ->
                a.post(
                    a.token().with(LtiClaims.MESSAGE_TYPE, "LtiSubmissionReviewRequest").build())),
        launch(
            "no roles claim",
            400,
            LtiError.MISSING_ROLES,
            a -> a.post(a.token().without(LtiClaims.ROLES).build())),
        launch(
            "LtiResourceLinkRequest without resource_link",
            400,
            LtiError.MISSING_RESOURCE_LINK_ID,
            a -> a.post(a.token().without(LtiClaims.RESOURCE_LINK).build())),
        launch(
            "resource_link without id",
            400,
            LtiError.MISSING_RESOURCE_LINK_ID,
            a -> a.post(a.token().with(LtiClaims.RESOURCE_LINK, Map.of("title", "No id")).build())),
        launch(
            "target_link_uri claim not on this tool",
            403,
            LtiError.TARGET_LINK_URI_NOT_ON_TOOL,
            a ->
                a.post(
                    a.token()
                        .with(LtiClaims.TARGET_LINK_URI, "https://evil.example.com/lti/launch")
                        .build())),
        launch(
            "target_link_uri claim on the tool but not the login's",
            401,
            LtiError.TARGET_LINK_URI_MISMATCH,
            a ->
                a.post(
                    a.token()
                        .with(LtiClaims.TARGET_LINK_URI, TestPlatform.targetLinkUri() + "?other")
                        .build())),
        launch(
            "no target_link_uri claim",
            400,
            LtiError.MISSING_TARGET_LINK_URI,
            a -> a.post(a.token().without(LtiClaims.TARGET_LINK_URI).build())),
        launch(
            "LtiDeepLinkingRequest without deep_link_return_url",
            400,
            LtiError.MISSING_DEEP_LINK_RETURN_URL,
            a ->
                a.post(
                    a.token()
                        .deepLinking("https://lms.example.edu/return")
                        .with(
                            LtiClaims.DEEP_LINKING_SETTINGS,
                            Map.of("accept_types", List.of("ltiResourceLink")))
                        .build())));
  }

  /**
   * Rules that cannot be driven over HTTP against a live server: an expired state needs the
   * 10-minute lifetime to pass (the lti-tool unit tests cover it with a fixed clock). An
   * unreachable key set is the platform's fault and answers 502 (own test below).
   */
  static final Set<LtiError> NOT_DRIVABLE_OVER_HTTP =
      EnumSet.of(LtiError.EXPIRED_STATE, LtiError.PLATFORM_JWKS_UNAVAILABLE);

  static String typeOf(LtiError rule) {
    return "lti-" + rule.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static final String ADMIN =
      "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator";

  private static Arguments login(
      String name,
      int status,
      LtiError rule,
      BiFunction<TestPlatform, LoginParameters, LoginParameters> mutation) {
    return Arguments.of(name, status, rule, mutation);
  }

  private static Arguments launch(
      String name, int status, LtiError rule, Function<LaunchAttempt, LaunchResult> attack) {
    return Arguments.of(name, status, rule, attack);
  }

  /** Replaces the payload of a signed token, keeping header and signature. */
  private static String tamper(String jws, Map<String, Object> claims) {
    String[] parts = jws.split("\\.");
    String payload =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(JsonText.of(claims).getBytes(StandardCharsets.UTF_8));
    return parts[0] + "." + payload + "." + parts[2];
  }
}
