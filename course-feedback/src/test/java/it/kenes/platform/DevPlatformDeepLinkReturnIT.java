package it.kenes.platform;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import java.time.Instant;
import java.util.Map;
import kz.kenes.lti.security.jwt.JwtSigner;
import kz.kenes.lti.security.jwt.RsaJwk;
import org.junit.jupiter.api.Test;

/**
 * The development platform's deep linking return endpoint refuses what an LMS would: no JWT, a JWT
 * not signed by Kenes's published key. (What it accepts is driven by DeepLinkingBrowserIT.)
 */
class DevPlatformDeepLinkReturnIT {

  private static HttpAnswer post(String body) {
    return Http.post(
        "/dev/platform/deep-link-return",
        "application/x-www-form-urlencoded",
        body,
        "Accept",
        "application/json");
  }

  @Test
  void refusesAMissingJwt() {
    HttpAnswer answer = post("");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.problemDetail()).contains("no 'JWT'");
  }

  @Test
  void refusesAResponseNotSignedByKenes() {
    long now = Instant.now().getEpochSecond();
    String forged =
        new JwtSigner(RsaJwk.generate())
            .sign(
                Map.of(
                    "iss", "kenes-dev-platform",
                    "aud", "x",
                    "iat", now,
                    "exp", now + 60,
                    "https://purl.imsglobal.org/spec/lti/claim/message_type",
                        "LtiDeepLinkingResponse"));

    HttpAnswer answer = post("JWT=" + forged);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.problemDetail()).contains("signature does not verify");
  }
}
