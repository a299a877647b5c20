package kz.kenes.lti.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.kenes.lti.registration.PlatformRegistration;
import kz.kenes.lti.security.jwt.RsaJwk;
import kz.kenes.lti.testing.FakeAgsPlatform;
import kz.kenes.lti.testing.MutableClock;
import kz.kenes.lti.testing.TestKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccessTokensTest {

  static final String CLIENT_ID = "kenes-client-7";
  static final Set<String> SCORE = Set.of("https://purl.imsglobal.org/spec/lti-ags/scope/score");

  final MutableClock clock = new MutableClock();
  final FakeAgsPlatform platform =
      FakeAgsPlatform.start(CLIENT_ID, () -> RsaJwk.publicJwkSetJson(List.of(TestKeys.tool())));
  final PlatformRegistration registration = registration(platform.tokenUrl());
  final AccessTokens tokens = new AccessTokens(TestKeys::tool, clock, Duration.ofSeconds(5));

  @AfterEach
  void stop() {
    platform.close();
  }

  static PlatformRegistration registration(URI tokenUrl) {
    return new PlatformRegistration(
        7,
        "test",
        "https://lms.example",
        CLIENT_ID,
        URI.create("https://lms.example/auth"),
        tokenUrl,
        URI.create("https://lms.example/jwks"),
        Set.of("d1"));
  }

  @Test
  void clientAssertionCarriesTheClaimsTheSecurityFrameworkRequires() throws Exception {
    Map<String, String> form = form(tokens.requestBody(registration, SCORE, clock.instant()));
    assertThat(form)
        .containsEntry("grant_type", "client_credentials")
        .containsEntry(
            "client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
        .containsEntry("scope", SCORE.iterator().next());
    SignedJWT assertion = SignedJWT.parse(form.get("client_assertion"));
    assertThat(assertion.getHeader().getKeyID()).isEqualTo(TestKeys.tool().kid());
    assertThat(assertion.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
    JWTClaimsSet claims = assertion.getJWTClaimsSet();
    assertThat(claims.getIssuer()).isEqualTo(CLIENT_ID);
    assertThat(claims.getSubject()).isEqualTo(CLIENT_ID);
    assertThat(claims.getAudience()).containsExactly(platform.tokenUrl().toString());
    assertThat(claims.getIssueTime().toInstant())
        .isEqualTo(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    assertThat(
            Duration.between(
                claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
        .isEqualTo(AccessTokens.ASSERTION_LIFETIME);
    assertThat(claims.getJWTID()).hasSizeGreaterThanOrEqualTo(20);
  }

  @Test
  void everyAssertionHasItsOwnJti() throws Exception {
    String first =
        form(tokens.requestBody(registration, SCORE, clock.instant())).get("client_assertion");
    String second =
        form(tokens.requestBody(registration, SCORE, clock.instant())).get("client_assertion");
    assertThat(SignedJWT.parse(first).getJWTClaimsSet().getJWTID())
        .isNotEqualTo(SignedJWT.parse(second).getJWTClaimsSet().getJWTID());
  }

  @Test
  void aPlatformAcceptsTheAssertionAndTheTokenIsCachedPerScopeSet() {
    String token = tokens.token(registration, SCORE);
    assertThat(tokens.token(registration, SCORE)).isEqualTo(token);
    assertThat(tokens.requestsSent()).isEqualTo(1);
    assertThat(platform.requests("POST", "/token").get(0).contentType())
        .startsWith("application/x-www-form-urlencoded");

    tokens.token(registration, Set.of("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem"));
    assertThat(tokens.requestsSent()).isEqualTo(2);
  }

  @Test
  void aTokenIsRenewedShortlyBeforeItExpires() {
    platform.expiresIn(120);
    String token = tokens.token(registration, SCORE);
    clock.advance(Duration.ofSeconds(120).minus(AccessTokens.EXPIRY_MARGIN).minusSeconds(1));
    assertThat(tokens.token(registration, SCORE)).isEqualTo(token);
    clock.advance(Duration.ofSeconds(1));
    assertThat(tokens.token(registration, SCORE)).isNotEqualTo(token);
    assertThat(tokens.requestsSent()).isEqualTo(2);
  }

  @Test
  void anInvalidatedTokenIsRequestedAgain() {
    String token = tokens.token(registration, SCORE);
    tokens.invalidate(registration, SCORE, token);
    assertThat(tokens.token(registration, SCORE)).isNotEqualTo(token);
    assertThat(tokens.requestsSent()).isEqualTo(2);
  }

  @Test
  void aRefusedAssertionIsATransientFailureWithThePlatformsError() {
    AccessTokens wrongKey = new AccessTokens(TestKeys::other, clock, Duration.ofSeconds(5));
    assertThatThrownBy(() -> wrongKey.token(registration, SCORE))
        .isInstanceOfSatisfying(
            ServiceCallException.class,
            e -> {
              assertThat(e.status()).isEqualTo(401);
              assertThat(e.platformMessage()).contains("invalid_client");
              assertThat(e.permanent()).isFalse();
            });
  }

  @Test
  void aTokenEndpointAnsweringAPageShowsItsStatusAndASanitizedSnippetOfIt() {
    platform.failNext(
        1,
        403,
        "text/html",
        "<html><head><style>body{color:red}</style><script>alert(1)</script></head>"
            + "<body><h1>403 Forbidden</h1>\n<p>Request\u0007 blocked by the firewall</p>"
            + "x".repeat(2000)
            + "</body></html>");
    assertThatThrownBy(() -> tokens.token(registration, SCORE))
        .isInstanceOfSatisfying(
            ServiceCallException.class,
            e -> {
              assertThat(e.status()).isEqualTo(403);
              assertThat(e.platformMessage())
                  .startsWith("403 Forbidden Request blocked by the firewall")
                  .doesNotContain("null", "<", "alert", "color")
                  .hasSizeLessThanOrEqualTo(ServiceCallException.MESSAGE_LIMIT + 1);
              assertThat(e.getMessage()).startsWith("HTTP 403: 403 Forbidden");
            });
  }

  @Test
  void aTokenEndpointAnsweringNothingButAStatusSaysSo() {
    platform.failNext(1, 403, "text/plain", "");
    assertThatThrownBy(() -> tokens.token(registration, SCORE))
        .hasMessage("HTTP 403: no error in the answer (empty body)");
  }

  @Test
  void aPlatformThatDoesNotAnswerIsATransientFailure() {
    platform.close();
    assertThatThrownBy(() -> tokens.token(registration, SCORE))
        .isInstanceOfSatisfying(
            ServiceCallException.class, e -> assertThat(e.permanent()).isFalse());
  }

  static Map<String, String> form(String body) {
    Map<String, String> form = new HashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      form.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return form;
  }
}
