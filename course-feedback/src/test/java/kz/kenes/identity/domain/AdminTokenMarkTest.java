package kz.kenes.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdminTokenMarkTest {

  private static final KenesSession.Kind ADMIN = KenesSession.Kind.ADMIN_TOKEN;

  @Test
  void anAdminTokenSessionStaysOpenWhileItsTokenIsConfigured() {
    String mark = AdminTokenMark.of("token-one");

    assertThat(AdminTokenMark.keepsOpen(ADMIN, mark, Optional.of("token-one"))).isTrue();
  }

  @Test
  void changingTheAdminTokenEndsTheSessionsTheOldOneOpened() {
    String mark = AdminTokenMark.of("token-one");

    assertThat(AdminTokenMark.keepsOpen(ADMIN, mark, Optional.of("token-two"))).isFalse();
  }

  @Test
  void removingTheAdminTokenEndsItsSessions() {
    String mark = AdminTokenMark.of("token-one");

    assertThat(AdminTokenMark.keepsOpen(ADMIN, mark, Optional.empty())).isFalse();
  }

  @Test
  void anAdminTokenSessionWithoutAMarkIsClosed() {
    assertThat(AdminTokenMark.keepsOpen(ADMIN, null, Optional.of("token-one"))).isFalse();
  }

  @Test
  void launchSessionsDoNotDependOnTheAdminToken() {
    assertThat(AdminTokenMark.keepsOpen(KenesSession.Kind.LTI, null, Optional.empty())).isTrue();
    assertThat(AdminTokenMark.keepsOpen(KenesSession.Kind.LTI, null, Optional.of("x"))).isTrue();
  }

  @Test
  void theMarkIsShortStableAndNeitherTheTokenNorItsHash() {
    String mark = AdminTokenMark.of("a-long-admin-token-value");

    assertThat(mark).hasSize(22).isEqualTo(AdminTokenMark.of("a-long-admin-token-value"));
    assertThat(mark).isNotEqualTo(AdminTokenMark.of("a-long-admin-token-valuE"));
    assertThat(SessionTokens.hash("a-long-admin-token-value")).doesNotContain(mark);
    assertThat(mark).doesNotContain("admin-token");
  }
}
