package kz.kenes.devplatform.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import kz.kenes.lti.security.jwt.JwtSigner;
import kz.kenes.lti.security.keys.ToolKeys;
import kz.kenes.lti.testing.InMemoryToolKeyStore;
import kz.kenes.lti.testing.MutableClock;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.domain.NotAuthenticated;
import org.junit.jupiter.api.Test;

class DevGradebookTest {

  static final URI TOKEN_URL = URI.create("http://localhost:9080/dev/platform/token");
  static final String CLIENT = DevPlatform.CLIENT_ID;
  static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

  final MutableClock clock = new MutableClock();
  final DevGradebook gradebook = new DevGradebook();

  DevGradebookTest() {
    gradebook.toolKeys = new ToolKeys(new InMemoryToolKeyStore(), clock, Duration.ofDays(1));
    gradebook.clock = clock;
  }

  String assertion(String issuer, URI audience) {
    JwtSigner signer = gradebook.toolKeys.activeSigner();
    Map<String, Object> claims = new HashMap<>();
    claims.put("iss", issuer);
    claims.put("sub", issuer);
    claims.put("aud", audience.toString());
    claims.put("jti", "j-" + System.nanoTime());
    claims.put("iat", clock.instant().getEpochSecond());
    claims.put("exp", clock.instant().plusSeconds(60).getEpochSecond());
    return signer.sign(claims);
  }

  @Test
  void issuesATokenForKenessAssertionThatOpensTheServices() {
    String token =
        gradebook.issueToken(
            "client_credentials", JWT_BEARER, assertion(CLIENT, TOKEN_URL), TOKEN_URL, CLIENT);
    gradebook.requireToken("Bearer " + token);
    clock.advance(DevGradebook.TOKEN_LIFETIME);
    assertThatThrownBy(() -> gradebook.requireToken("Bearer " + token))
        .isInstanceOf(NotAuthenticated.class);
  }

  @Test
  void refusesAnotherGrantOrClientWithTheOAuthErrorCode() {
    assertThatThrownBy(
            () ->
                gradebook.issueToken(
                    "password", JWT_BEARER, assertion(CLIENT, TOKEN_URL), TOKEN_URL, CLIENT))
        .isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("unsupported_grant_type");
    assertThatThrownBy(
            () ->
                gradebook.issueToken(
                    "client_credentials",
                    JWT_BEARER,
                    assertion("someone-else", TOKEN_URL),
                    TOKEN_URL,
                    CLIENT))
        .isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("invalid_client");
    assertThatThrownBy(() -> gradebook.requireToken(null)).isInstanceOf(NotAuthenticated.class);
  }

  @Test
  void keepsOnlyALaterScoreToTheSecondAsMoodleDoes() {
    var item = gradebook.addLineItem("course-1", "Survey", 1, "survey:1", "kenes", "link-1");
    assertThat(gradebook.score(item.id(), score(1.0, "2026-12-06T10:00:00.100+00:00")))
        .isEqualTo(DevGradebook.Outcome.STORED);
    assertThat(gradebook.score(item.id(), score(0.0, "2026-12-06T10:00:00.900+00:00")))
        .isEqualTo(DevGradebook.Outcome.NOT_LATER);
    assertThat(gradebook.score(item.id(), score(0.0, "2026-12-06T10:00:01.000+00:00")))
        .isEqualTo(DevGradebook.Outcome.STORED);
    assertThat(gradebook.scores(item.id()))
        .singleElement()
        .satisfies(s -> assertThat(s.scoreGiven()).isZero());
    assertThat(gradebook.lineItems("course-1")).containsExactly(item);
    assertThat(gradebook.lineItems("course-2")).isEmpty();
  }

  @Test
  void refusesAScoreWithoutARequiredMember() {
    var item = gradebook.addLineItem("course-1", "Survey", 1, "survey:1", "kenes", null);
    Map<String, Object> score = score(1.0, "2026-12-06T10:00:00+00:00");
    score.remove("gradingProgress");
    assertThatThrownBy(() -> gradebook.score(item.id(), score))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("gradingProgress");
  }

  static Map<String, Object> score(double given, String timestamp) {
    Map<String, Object> score = new HashMap<>();
    score.put("userId", "u1");
    score.put("scoreGiven", given);
    score.put("scoreMaximum", 1.0);
    score.put("timestamp", timestamp);
    score.put("activityProgress", "Completed");
    score.put("gradingProgress", "FullyGraded");
    return score;
  }
}
