package kz.kenes.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionTokensTest {

  @Test
  void comparesTokensWholly() {
    assertThat(SessionTokens.constantTimeEquals("secret", "secret")).isTrue();
    assertThat(SessionTokens.constantTimeEquals("secret", "secreT")).isFalse();
    assertThat(SessionTokens.constantTimeEquals("secret", "secret2")).isFalse();
  }

  @Test
  void sessionTokensAreRandomAndOnlyTheirHashIsKept() {
    String a = SessionTokens.random(32);
    String b = SessionTokens.random(32);
    assertThat(a).hasSize(43).isNotEqualTo(b);
    assertThat(SessionTokens.hash(a)).hasSize(64).isNotEqualTo(a).isEqualTo(SessionTokens.hash(a));
  }
}
