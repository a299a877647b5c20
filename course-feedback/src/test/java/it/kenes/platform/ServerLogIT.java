package it.kenes.platform;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.Flow;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.Kenes;
import it.kenes.support.ServerLog;
import it.kenes.support.TestPlatform;
import it.kenes.support.Unique;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Kenes never writes a secret to its log: not the id_tokens platforms post, not the session tokens
 * it hands out (from a launch or the {@code /admin} sign-in), not the admin token, right or wrong.
 * Reads all the server's logs (messages, console, trace, FFDC) when the build says where they are
 * ({@link ServerLog}); skipped when the server runs elsewhere. Pairing codes: {@code
 * it.kenes.survey.PairCodeLogIT}.
 */
class ServerLogIT {

  @Test
  void logNeverContainsIdTokensSessionTokensOrTheAdminToken() {
    Path logs = ServerLog.directory().orElse(null);
    Assumptions.assumeTrue(logs != null, "the server's logs are not on this machine");
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

    String text = ServerLog.allText(logs);

    assertThat(text).as("the logs were read: the server's ready message").contains("CWWKF0011I");
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

  private static String payloadOf(String jws) {
    return jws.split("\\.")[1];
  }
}
