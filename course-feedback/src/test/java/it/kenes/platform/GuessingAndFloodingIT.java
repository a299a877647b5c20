package it.kenes.platform;

import static it.kenes.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.Kenes;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/**
 * The throttles against guessing and flooding, over HTTP. Each test speaks for a client address of
 * its own: the test connects from loopback, which the server trusts as a proxy (Liberty {@code
 * remoteIp}), and names the client in {@code X-Forwarded-For}; so the other ITs, whose requests
 * come from loopback itself, are never throttled by these.
 */
class GuessingAndFloodingIT {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** An address no other test uses: 198.18.0.0/15 is set aside for benchmarks. */
  private static String anAddress() {
    return "198."
        + (18 + RANDOM.nextInt(2))
        + "."
        + RANDOM.nextInt(256)
        + "."
        + (1 + RANDOM.nextInt(254));
  }

  private static HttpAnswer platformsAs(String address, String token) {
    return Http.get(
        "/api/admin/platforms",
        "Accept",
        "application/json",
        "Authorization",
        "Bearer " + token,
        "X-Forwarded-For",
        address);
  }

  @Test
  void afterTooManyWrongAdminTokensEvenTheRightOneIsRefusedForThatAddressOnly() {
    String guesser = anAddress();
    for (int i = 0; i < Kenes.adminMaxFailures(); i++) {
      assertProblem(platformsAs(guesser, "guess-" + i), 401, "unauthorized");
    }

    HttpAnswer refused = platformsAs(guesser, Kenes.adminToken());

    assertProblem(refused, 429, "too-many-admin-token-failures");
    assertThat(refused.header("Retry-After"))
        .hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
    assertThat(platformsAs(anAddress(), Kenes.adminToken()).status()).isEqualTo(200);
  }

  @Test
  void theSignInFormCountsWithTheApi() {
    String guesser = anAddress();
    for (int i = 0; i < Kenes.adminMaxFailures(); i++) {
      platformsAs(guesser, "guess-" + i);
    }

    HttpAnswer form =
        Http.post(
            "/admin",
            "application/x-www-form-urlencoded",
            "token=" + Kenes.adminToken(),
            "X-Forwarded-For",
            guesser);

    assertThat(form.status()).as("%s", form).isEqualTo(429);
    assertThat(form.header("Retry-After")).isPresent();
  }

  @Test
  void oneAddressStartingLoginsWithoutEndIsAnswered429() {
    String flooder = anAddress();
    HttpAnswer last = null;
    int sent = 0;
    while (sent < 500) {
      last =
          Http.get(
              "/lti/login?iss=https%3A%2F%2Fflood.example&login_hint=x&target_link_uri=x",
              "Accept", "application/json", "X-Forwarded-For", flooder);
      sent++;
      if (last.status() == 429) {
        break;
      }
    }

    assertThat(sent).as("logins sent before the limit").isGreaterThan(1);
    assertProblem(last, 429, "too-many-logins");
    assertThat(last.header("Retry-After")).isPresent();
    HttpAnswer another =
        Http.get(
            "/lti/login?iss=https%3A%2F%2Fflood.example&login_hint=x&target_link_uri=x",
            "Accept", "application/json", "X-Forwarded-For", anAddress());
    assertThat(another.status()).isNotEqualTo(429);
  }
}
