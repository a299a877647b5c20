package kz.kenes.devplatform.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.errors.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AuthenticationRequestTest {

  private static final DevPlatform PLATFORM = new DevPlatform(URI.create("http://localhost:9381"));
  private static final MessageHints HINTS =
      new MessageHints(new byte[32], Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
  private static final LaunchChoice CHOICE =
      new LaunchChoice(
          PlatformRole.LEARNER, "demo-learner", "demo-course", "ru", DocumentTarget.IFRAME);

  /** What Kenes's login initiation sends. */
  static AuthenticationRequest valid() {
    return new AuthenticationRequest(
        "openid",
        "id_token",
        "form_post",
        "none",
        "kenes-dev-platform",
        "http://localhost:9381/lti/launch",
        "demo-learner",
        HINTS.encode(CHOICE),
        "state-1",
        "nonce-1");
  }

  @Test
  void acceptsKenesRequestAndYieldsTheHintedChoice() {
    AuthenticationRequest request = valid();

    request.check(PLATFORM);

    assertThat(request.choice(HINTS)).isEqualTo(CHOICE);
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        refusal("unknown client_id", "client_id", r -> with(r, 4, "other-client")),
        refusal("redirect_uri elsewhere", "redirect_uri", r -> with(r, 5, "http://evil/launch")),
        refusal(
            "redirect_uri on 127.0.0.1",
            "redirect_uri",
            r -> with(r, 5, "http://127.0.0.1:9381/lti/launch")),
        refusal("no redirect_uri", "redirect_uri", r -> with(r, 5, null)),
        refusal("response_type code", "response_type", r -> with(r, 1, "code")),
        refusal("scope without openid", "scope", r -> with(r, 0, "profile email")),
        refusal("no scope", "scope", r -> with(r, 0, null)),
        refusal("response_mode query", "response_mode", r -> with(r, 2, "query")),
        refusal("no nonce", "nonce", r -> with(r, 9, null)),
        refusal("blank state", "state", r -> with(r, 8, " ")),
        refusal("no login_hint", "login_hint", r -> with(r, 6, null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void refusesWithTheParameterAtFault(
      String name, String field, UnaryOperator<AuthenticationRequest> mutation) {
    AuthenticationRequest request = mutation.apply(valid());

    assertThatThrownBy(() -> request.check(PLATFORM))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(Problems.status(e)).isEqualTo(400);
              assertThat(e.fieldErrors()).containsOnlyKeys(field);
            });
  }

  @Test
  void refusesAHintIssuedForAnotherUser() {
    AuthenticationRequest request = with(valid(), 6, "demo-admin");

    request.check(PLATFORM);
    assertThatThrownBy(() -> request.choice(HINTS))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("login_hint"));
  }

  @Test
  void refusesAMissingHint() {
    AuthenticationRequest request = with(valid(), 7, null);

    assertThatThrownBy(() -> request.choice(HINTS))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("lti_message_hint"));
  }

  private static Arguments refusal(
      String name, String field, UnaryOperator<AuthenticationRequest> mutation) {
    return Arguments.of(name, field, mutation);
  }

  /** The request with parameter number {@code index} (in record order) replaced. */
  private static AuthenticationRequest with(AuthenticationRequest r, int index, String value) {
    String[] p = {
      r.scope(),
      r.responseType(),
      r.responseMode(),
      r.prompt(),
      r.clientId(),
      r.redirectUri(),
      r.loginHint(),
      r.messageHint(),
      r.state(),
      r.nonce()
    };
    p[index] = value;
    return new AuthenticationRequest(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9]);
  }
}
