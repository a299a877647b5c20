package kz.kenes.lti.security.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import kz.kenes.lti.LtiError;
import kz.kenes.lti.LtiProtocolException;
import kz.kenes.lti.testing.CountingJwksFetcher;
import kz.kenes.lti.testing.TestKeys;
import org.junit.jupiter.api.Test;

class PlatformKeySetsTest {

  private static final URI JWKS = URI.create("https://lms.example.edu/jwks");

  private final CountingJwksFetcher fetcher =
      new CountingJwksFetcher().serve(JWKS, TestKeys.platformJwksJson());
  private final PlatformKeySets keySets = new PlatformKeySets(fetcher);

  @Test
  void cachesTheKeySetPerUrl() {
    for (int i = 0; i < 10; i++) {
      assertThat(keySets.publicKey(JWKS, TestKeys.platform().kid()))
          .isEqualTo(TestKeys.platform().publicKey());
    }

    assertThat(fetcher.fetchCount(JWKS)).isEqualTo(1);
  }

  @Test
  void refetchesOnceWhenTheKidIsUnknownBecauseThePlatformRotatedItsKeys() {
    keySets.publicKey(JWKS, TestKeys.platform().kid());
    fetcher.serve(JWKS, RsaJwk.publicJwkSetJson(List.of(TestKeys.platform(), TestKeys.other())));

    assertThat(keySets.publicKey(JWKS, TestKeys.other().kid()))
        .isEqualTo(TestKeys.other().publicKey());
    assertThat(fetcher.fetchCount(JWKS)).isEqualTo(2);
  }

  @Test
  void acceptsKeysWithoutAUseAndIgnoresEncryptionKeys() {
    String withoutUse = TestKeys.platformJwksJson().replace("\"use\":\"sig\",", "");
    String encryptionOnly =
        TestKeys.platformJwksJson().replace("\"use\":\"sig\"", "\"use\":\"enc\"");
    URI other = URI.create("https://other.example.edu/jwks");
    fetcher.serve(JWKS, withoutUse).serve(other, encryptionOnly);

    assertThat(withoutUse).doesNotContain("\"use\"");
    assertThat(keySets.publicKey(JWKS, TestKeys.platform().kid())).isNotNull();
    assertThat(
            catchThrowableOfType(
                    LtiProtocolException.class,
                    () -> keySets.publicKey(other, TestKeys.platform().kid()))
                .error())
        .isEqualTo(LtiError.UNKNOWN_KID);
  }

  @Test
  void rejectsAKidStillMissingAfterOneRefetch() {
    LtiProtocolException refused = lookUpUnknownKid();

    assertThat(refused.error()).isEqualTo(LtiError.UNKNOWN_KID);
    assertThat(refused).hasMessageContaining("'nobody' is not in the platform key set " + JWKS);
    assertThat(fetcher.fetchCount(JWKS)).isEqualTo(2);
  }

  @Test
  void rateLimitsRefetchesForMadeUpKids() {
    for (int i = 0; i < 20; i++) {
      assertThat(lookUpUnknownKid().error()).isEqualTo(LtiError.UNKNOWN_KID);
    }

    assertThat(fetcher.fetchCount(JWKS)).isEqualTo(2);
    assertThat(keySets.publicKey(JWKS, TestKeys.platform().kid())).isNotNull();
  }

  @Test
  void refetchesAfterTheCacheExpires() throws InterruptedException {
    PlatformKeySets shortLived =
        new PlatformKeySets(fetcher, Duration.ofMillis(20), Duration.ofMillis(1));
    shortLived.publicKey(JWKS, TestKeys.platform().kid());
    Thread.sleep(60);

    shortLived.publicKey(JWKS, TestKeys.platform().kid());

    assertThat(fetcher.fetchCount(JWKS)).isEqualTo(2);
  }

  @Test
  void reportsAnUnreachableKeySet() {
    URI down = URI.create("https://down.example.edu/jwks");

    LtiProtocolException refused =
        catchThrowableOfType(
            LtiProtocolException.class, () -> keySets.publicKey(down, TestKeys.platform().kid()));

    assertThat(refused.error()).isEqualTo(LtiError.PLATFORM_JWKS_UNAVAILABLE);
    assertThat(refused).hasMessageContaining(down.toString());
  }

  @Test
  void reportsAKeySetThatIsNotJson() {
    fetcher.serve(JWKS, "<html>maintenance</html>");

    LtiProtocolException refused =
        catchThrowableOfType(
            LtiProtocolException.class, () -> keySets.publicKey(JWKS, TestKeys.platform().kid()));

    assertThat(refused.error()).isEqualTo(LtiError.PLATFORM_JWKS_UNAVAILABLE);
  }

  @Test
  void fetchesOverHttpByDefault() throws IOException {
    HttpServer server = serving(TestKeys.platformJwksJson());
    try {
      URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/jwks");
      assertThat(new PlatformKeySets().publicKey(url, TestKeys.platform().kid()))
          .isEqualTo(TestKeys.platform().publicKey());
    } finally {
      server.stop(0);
    }
  }

  @Test
  void answersTheApplicationsOwnSetsWithoutHttpAndFetchesTheOthers() throws IOException {
    URI own = URI.create("https://warm-up.kenes.invalid/node-1/jwks");
    HttpServer server = serving(RsaJwk.publicJwkSetJson(List.of(TestKeys.other())));
    try {
      URI fetched = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/jwks");
      PlatformKeySets withOwn =
          PlatformKeySets.withOwnSets(url -> url.equals(own) ? TestKeys.platformJwksJson() : null);

      assertThat(withOwn.publicKey(own, TestKeys.platform().kid()))
          .isEqualTo(TestKeys.platform().publicKey());
      assertThat(withOwn.publicKey(fetched, TestKeys.other().kid()))
          .isEqualTo(TestKeys.other().publicKey());
      assertThat(
              catchThrowableOfType(
                      LtiProtocolException.class,
                      () -> withOwn.publicKey(own, TestKeys.other().kid()))
                  .error())
          .isEqualTo(LtiError.UNKNOWN_KID);
    } finally {
      server.stop(0);
    }
  }

  /** A local HTTP server answering {@code /jwks} with {@code json}, started. */
  private static HttpServer serving(String json) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    server.createContext(
        "/jwks",
        exchange -> {
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    return server;
  }

  private LtiProtocolException lookUpUnknownKid() {
    return catchThrowableOfType(
        LtiProtocolException.class, () -> keySets.publicKey(JWKS, "nobody"));
  }
}
