package kz.kenes.lti.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import kz.kenes.lti.registration.PlatformRegistration;
import kz.kenes.lti.security.jwt.ClientAssertions;
import kz.kenes.lti.security.jwt.RsaJwk;
import kz.kenes.lti.testing.MutableClock;
import kz.kenes.lti.testing.TestKeys;
import org.junit.jupiter.api.Test;

/** The assertion {@link AccessTokens} signs passes the platform-side check, and only as itself. */
class ClientAssertionRoundTripTest {

  static final URI TOKEN_URL = URI.create("https://lms.example/token");
  final MutableClock clock = new MutableClock();
  final AccessTokens tokens = new AccessTokens(TestKeys::tool, clock, Duration.ofSeconds(5));
  final PlatformRegistration registration = AccessTokensTest.registration(TOKEN_URL);
  final String jwks = RsaJwk.publicJwkSetJson(List.of(TestKeys.tool()));

  String assertion() {
    return AccessTokensTest.form(tokens.requestBody(registration, Set.of("s"), clock.instant()))
        .get("client_assertion");
  }

  @Test
  void theToolsAssertionIsAccepted() {
    assertThat(
            ClientAssertions.verify(
                assertion(), jwks, AccessTokensTest.CLIENT_ID, TOKEN_URL, clock.instant()))
        .isNotBlank();
  }

  @Test
  void anotherClientAudienceKeyOrAnExpiredAssertionIsRefused() {
    String assertion = assertion();
    assertThatThrownBy(
            () -> ClientAssertions.verify(assertion, jwks, "other", TOKEN_URL, clock.instant()))
        .hasMessageContaining("iss");
    assertThatThrownBy(
            () ->
                ClientAssertions.verify(
                    assertion,
                    jwks,
                    AccessTokensTest.CLIENT_ID,
                    URI.create("https://other/token"),
                    clock.instant()))
        .hasMessageContaining("aud");
    assertThatThrownBy(
            () ->
                ClientAssertions.verify(
                    assertion,
                    RsaJwk.publicJwkSetJson(List.of(TestKeys.other())),
                    AccessTokensTest.CLIENT_ID,
                    TOKEN_URL,
                    clock.instant()))
        .hasMessageContaining("signature");
    assertThatThrownBy(
            () ->
                ClientAssertions.verify(
                    assertion,
                    jwks,
                    AccessTokensTest.CLIENT_ID,
                    TOKEN_URL,
                    clock.instant().plus(Duration.ofMinutes(3))))
        .hasMessageContaining("exp");
  }
}
