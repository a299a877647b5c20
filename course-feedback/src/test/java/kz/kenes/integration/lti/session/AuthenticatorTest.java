package kz.kenes.integration.lti.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuthenticatorTest {

  @Test
  void comparesTokensWholly() {
    assertThat(Authenticator.constantTimeEquals("secret", "secret")).isTrue();
    assertThat(Authenticator.constantTimeEquals("secret", "secreT")).isFalse();
    assertThat(Authenticator.constantTimeEquals("secret", "secret2")).isFalse();
  }

  @Test
  void sessionTokensAreRandomAndOnlyTheirHashIsKept() {
    String a = SessionService.randomToken(32);
    String b = SessionService.randomToken(32);
    assertThat(a).hasSize(43).isNotEqualTo(b);
    assertThat(SessionService.hash(a))
        .hasSize(64)
        .isNotEqualTo(a)
        .isEqualTo(SessionService.hash(a));
  }
}
