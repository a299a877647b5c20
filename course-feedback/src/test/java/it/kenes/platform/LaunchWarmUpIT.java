package it.kenes.platform;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.AdminApi;
import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.Kenes;
import it.kenes.support.ServerLog;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The server launches against itself before it reports ready (the build's server for 3 s: the
 * bootstrap property {@code warm-up.seconds} the build sets), reports the warm-up among its
 * readiness checks, and leaves no platform, course or learner of it behind.
 */
class LaunchWarmUpIT {

  @Test
  void theServerWarmedItselfUpBeforeItWasReadyAndLeftNoPlatformBehind() {
    Kenes.awaitReady();

    HttpAnswer ready = Http.get("/health/ready");
    assertThat(ready.status()).isEqualTo(200);
    JsonObject check =
        ready.json().getJsonArray("checks").stream()
            .map(JsonValue::asJsonObject)
            .filter(c -> c.getString("name").equals("launch-warm-up"))
            .findFirst()
            .orElseThrow();
    assertThat(check.getString("status")).isEqualTo("UP");
    JsonObject data = check.getJsonObject("data");
    assertThat(data.getString("phase")).isEqualTo("done");
    assertThat(data.getJsonNumber("launches").longValue()).isPositive();
    assertThat(data.getJsonNumber("failed").longValue()).isZero();

    for (int offset = 0; ; offset += 200) {
      HttpAnswer page = AdminApi.asAdmin().list("?limit=200&offset=" + offset);
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.body()).doesNotContain("warm-up.kenes.invalid");
      if (page.json().getJsonArray("items").isEmpty()) {
        break;
      }
    }
  }

  @Test
  void theLogSaysHowTheWarmUpWent() {
    Kenes.awaitReady();
    Path logs = ServerLog.directory().orElse(null);
    org.junit.jupiter.api.Assumptions.assumeTrue(logs != null, "the server's logs are elsewhere");

    // the window counts the launches that ended within its 3 s: on a slow start none may (those
    // under way end after it, and count in "Warm-up done")
    assertThat(ServerLog.allText(logs))
        .contains("until the JIT compilers are quiet, for at most 3 s (kenes.warm-up.seconds)")
        .containsPattern(
            "Warm-up launches ended after [0-9]+ s: the longest warm-up \\(kenes.warm-up.seconds\\)"
                + " was over; launches per 10 s: \\[[0-9]+\\], JIT compilation ms per 10 s:"
                + " \\[[0-9]+\\]")
        .containsPattern("Warm-up done: [1-9][0-9]* launches, 0 failed");
  }
}
