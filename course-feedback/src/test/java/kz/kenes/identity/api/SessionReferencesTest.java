package kz.kenes.identity.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.identity.domain.OpenedSession;
import kz.kenes.identity.domain.SessionDraft;
import kz.kenes.identity.domain.SessionStore;
import kz.kenes.platform.config.MovableClock;
import kz.kenes.platform.secret.ServerSecret;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionReferencesTest {

  private static final String TOKEN = "t".repeat(43);
  private static final String FIREFOX = "Mozilla/5.0 Firefox/140.0";
  private static final String CHROME = "Mozilla/5.0 Chrome/156.0";

  private final MovableClock clock = new MovableClock(Instant.parse("2026-12-06T10:00:00Z"));
  private final KenesSession session =
      new KenesSession(
          7,
          KenesSession.Kind.LTI,
          1L,
          "d",
          2L,
          3L,
          4L,
          List.of(),
          KenesRole.LEARNER,
          5L,
          false,
          "en",
          "csrf",
          Instant.parse("2026-12-06T14:00:00Z"),
          null);

  private FakeRequest request;
  private int lookups;

  @BeforeEach
  void browser() {
    request = new FakeRequest("GET", FIREFOX, "198.51.100.7", Map.of());
  }

  @Test
  void aUrlReferenceOpensTheSessionInTheBrowserItWasMadeFor() {
    String reference = references().pageReference(session);

    assertThat(reference).startsWith("u.7.").doesNotContain(TOKEN);
    assertThat(references().resolve(reference, SessionReferences.Use.LINK)).contains(session);
  }

  @Test
  void aUrlReferenceCopiedToAnotherBrowserIsRefused() {
    String reference = references().pageReference(session);

    request = new FakeRequest("GET", CHROME, "198.51.100.7", Map.of());
    assertThat(references().resolve(reference, SessionReferences.Use.LINK)).isEmpty();
    request = new FakeRequest("GET", FIREFOX, "203.0.113.9", Map.of());
    assertThat(references().resolve(reference, SessionReferences.Use.BEARER)).isEmpty();
  }

  @Test
  void aUrlReferenceExpiresForLinksButNotForItsPagesForms() {
    String reference = references().pageReference(session);

    clock.advance(SessionReferences.URL_LIFETIME.plus(Duration.ofSeconds(1)));

    assertThat(references().resolve(reference, SessionReferences.Use.LINK)).isEmpty();
    request = new FakeRequest("POST", FIREFOX, "198.51.100.7", Map.of());
    assertThat(references().resolve(reference, SessionReferences.Use.FORM)).contains(session);
  }

  @Test
  void aForgedOrAlteredUrlReferenceIsRefused() {
    String reference = references().pageReference(session);
    String otherSession = reference.replaceFirst("^u\\.7\\.", "u.8.");
    String later = reference.replaceFirst("\\.(\\d+)\\.", ".9$1.");

    assertThat(references().resolve(otherSession, SessionReferences.Use.LINK)).isEmpty();
    assertThat(references().resolve(later, SessionReferences.Use.LINK)).isEmpty();
    assertThat(references().resolve("u.7.1.abc", SessionReferences.Use.LINK)).isEmpty();
  }

  @Test
  void aCookieReferenceOpensOnlyWithTheSessionsCookie() {
    assertThat(references().resolve("c.7", SessionReferences.Use.LINK)).isEmpty();

    request = withCookie("GET", "__Host-kenes_s7", TOKEN);
    assertThat(references().pageReference(session)).isEqualTo("c.7");
    assertThat(references().resolve("c.7", SessionReferences.Use.LINK)).contains(session);

    request = withCookie("GET", "__Host-kenes_s8", TOKEN);
    assertThat(references().resolve("c.8", SessionReferences.Use.LINK))
        .as("the cookie of another id holds another session's token")
        .isEmpty();
  }

  @Test
  void aLandingWithAUrlReferenceAndTheSessionsCookieLooksTheSessionUpOnce() {
    String reference = references().pageReference(session);
    request = withCookie("GET", "__Host-kenes_s7", TOKEN);
    lookups = 0;
    SessionReferences references = references();

    assertThat(references.resolve(reference, SessionReferences.Use.LINK)).contains(session);
    assertThat(references.pageReference(session)).isEqualTo("c.7");
    assertThat(lookups).as("one database lookup serves the reference and the page").isEqualTo(1);
  }

  @Test
  void aCookieReferenceInAQueryIsRefusedOnAnUnsafeMethod() {
    request = withCookie("POST", "__Host-kenes_s7", TOKEN);

    assertThat(references().resolve("c.7", SessionReferences.Use.LINK)).isEmpty();
    assertThat(references().resolve("c.7", SessionReferences.Use.FORM)).contains(session);
    assertThat(references().resolve("c.7", SessionReferences.Use.BEARER)).contains(session);
  }

  @Test
  void aBareTokenIsTakenOnlyAsABearer() {
    assertThat(references().resolve(TOKEN, SessionReferences.Use.BEARER)).contains(session);
    assertThat(references().resolve(TOKEN, SessionReferences.Use.LINK)).isEmpty();
    assertThat(references().resolve(TOKEN, SessionReferences.Use.FORM)).isEmpty();
  }

  @Test
  void enteringASessionSetsAPartitionedHostCookieAndRedirectsWithoutTheToken() {
    var answer = references().enter(new OpenedSession(session, TOKEN), "/app");

    assertThat(answer.getStatus()).isEqualTo(303);
    assertThat(answer.getLocation().toString()).startsWith("/app?kt=u.7.").doesNotContain(TOKEN);
    assertThat(answer.getHeaderString("Set-Cookie"))
        .isEqualTo(
            "__Host-kenes_s7="
                + TOKEN
                + "; Path=/; Max-Age=14400; HttpOnly; Secure; SameSite=None; Partitioned");
    assertThat(references().clearCookie(7)).startsWith("__Host-kenes_s7=; Path=/; Max-Age=0;");
  }

  @Test
  void enteringASessionRemovesTheCookiesOfAllButTheNewestNineOthers() {
    Map<String, String> many = new HashMap<>();
    for (int id = 1; id <= 12; id++) {
      many.put("__Host-kenes_s" + id, "token-" + id);
    }
    many.put("__Host-kenes_st_abc", "a state cookie, not a session");
    request = new FakeRequest("POST", FIREFOX, "198.51.100.7", many);

    var answer = references().enter(new OpenedSession(session, TOKEN), "/app");

    List<String> cleared =
        answer.getHeaders().get("Set-Cookie").stream()
            .map(String::valueOf)
            .filter(c -> c.contains("Max-Age=0"))
            .map(c -> c.substring(0, c.indexOf('=')))
            .sorted()
            .toList();
    assertThat(cleared)
        .as("12 old cookies, 9 kept beside the new one")
        .containsExactly("__Host-kenes_s1", "__Host-kenes_s2", "__Host-kenes_s3");
  }

  private FakeRequest withCookie(String method, String name, String value) {
    return new FakeRequest(method, FIREFOX, "198.51.100.7", Map.of(name, value));
  }

  private SessionReferences references() {
    SessionReferences references = new SessionReferences();
    references.sessions = new OneSession();
    references.secret = new FixedSecret();
    references.clock = clock;
    references.config = kz.kenes.platform.config.TestConfigs.of(Map.of());
    references.request = request.proxy();
    return references;
  }

  /** The store of {@link #session}, opened by {@link #TOKEN}. */
  private final class OneSession implements SessionStore {
    @Override
    public OpenedSession open(SessionDraft draft) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<KenesSession> resolve(String token) {
      lookups++;
      return TOKEN.equals(token) ? Optional.of(session) : Optional.empty();
    }

    @Override
    public Optional<KenesSession> resolveById(long id) {
      lookups++;
      return id == session.id() ? Optional.of(session) : Optional.empty();
    }

    @Override
    public void changeLocale(long sessionId, String locale) {}

    @Override
    public boolean end(long sessionId) {
      return false;
    }

    @Override
    public int endSessionsOf(long registrationId, String deploymentId) {
      return 0;
    }

    @Override
    public int endSessionsOf(long registrationId) {
      return 0;
    }

    @Override
    public int purgeExpired(Instant cutoff) {
      return 0;
    }
  }

  private static final class FixedSecret extends ServerSecret {
    @Override
    public byte[] key() {
      return "a fixed key for tests, 32 bytes!".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** The parts of a servlet request the references read. */
  private record FakeRequest(
      String method, String userAgent, String address, Map<String, String> cookies) {

    HttpServletRequest proxy() {
      Map<String, Object> attributes = new HashMap<>();
      return (HttpServletRequest)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {HttpServletRequest.class},
              (self, call, args) ->
                  switch (call.getName()) {
                    case "getMethod" -> method;
                    case "getRemoteAddr" -> address;
                    case "getHeader" -> "User-Agent".equals(args[0]) ? userAgent : null;
                    case "getCookies" ->
                        cookies.isEmpty()
                            ? null
                            : cookies.entrySet().stream()
                                .map(e -> new Cookie(e.getKey(), e.getValue()))
                                .toArray(Cookie[]::new);
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    default -> throw new UnsupportedOperationException(call.getName());
                  });
    }
  }
}
