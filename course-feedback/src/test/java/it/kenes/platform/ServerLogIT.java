package it.kenes.platform;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.Flow;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.Kenes;
import it.kenes.support.TestPlatform;
import it.kenes.support.Unique;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Kenes never writes a secret to its log: not the id_tokens platforms post, not the session tokens
 * it hands out (from a launch or the {@code /admin} sign-in), not the admin token, right or wrong.
 * Reads the server's messages.log when the build says where it is ({@code kenes.it.server-log});
 * skipped when the server runs elsewhere. Pairing codes: {@code it.kenes.survey.PairCodeLogIT}.
 */
class ServerLogIT {

  @Test
  void logNeverContainsIdTokensSessionTokensOrTheAdminToken() throws IOException {
    Path log = serverLog().orElse(null);
    Assumptions.assumeTrue(log != null, "the server's log is not on this machine");
    Flow accepted;
    Flow refused;
    try (TestPlatform platform = TestPlatform.register()) {
      accepted = platform.completeFlow();
      refused = platform.completeFlow(token -> token.alg("HS256"));
      Http.me(accepted.sessionToken());
      AdminApi.withAuthorization("Bearer " + Kenes.adminToken() + "-wrong").list("");
    }
    String wrongFormToken = "wrong-form-token-" + Unique.suffix();
    Http.post("/admin", "application/x-www-form-urlencoded", "token=" + wrongFormToken);
    HttpAnswer signedIn =
        Http.post("/admin", "application/x-www-form-urlencoded", "token=" + Kenes.adminToken());
    String adminSession =
        signedIn.location().map(u -> u.getQuery().replaceFirst("^.*kt=", "")).orElse("");

    String text = Files.readString(log, StandardCharsets.UTF_8);

    assertThat(accepted.succeeded()).isTrue();
    assertThat(adminSession).as("the /admin sign-in's session token").hasSizeGreaterThan(20);
    assertThat(text)
        .doesNotContain(accepted.idToken())
        .doesNotContain(payloadOf(accepted.idToken()))
        .doesNotContain(refused.idToken())
        .doesNotContain(accepted.sessionToken())
        .doesNotContain(adminSession)
        .doesNotContain(wrongFormToken)
        .doesNotContain(Kenes.adminToken());
  }

  private static Optional<Path> serverLog() {
    String configured = System.getProperty("kenes.it.server-log");
    return Optional.ofNullable(configured).map(Path::of).filter(Files::isReadable);
  }

  private static String payloadOf(String jws) {
    return jws.split("\\.")[1];
  }
}
