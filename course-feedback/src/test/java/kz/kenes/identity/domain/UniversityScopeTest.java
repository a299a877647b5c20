package kz.kenes.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import kz.kenes.platform.domain.NotAllowed;
import org.junit.jupiter.api.Test;

class UniversityScopeTest {

  @Test
  void theOperatorReachesEveryUniversity() {
    UniversityScope operator = UniversityScope.ofOperator();

    assertThat(operator.reaches(1)).isTrue();
    assertThat(operator.reaches(2)).isTrue();
    assertThat(operator.only()).isEmpty();
    operator.requireOperator("Platform registrations");
  }

  @Test
  void anAdministratorOfAUniversityReachesOnlyIt() {
    UniversityScope a = UniversityScope.of(1L);

    assertThat(a.reaches(1)).isTrue();
    assertThat(a.reaches(2)).isFalse();
    assertThat(a.only()).contains(1L);
    assertThatThrownBy(() -> a.require(2, "Program 7"))
        .isInstanceOf(NotAllowed.class)
        .hasMessage("Program 7 belongs to another university than the one your platform serves.");
    assertThatThrownBy(() -> a.requireOperator("Platform registrations"))
        .isInstanceOf(NotAllowed.class)
        .hasMessageContaining("the installation's operator");
  }

  @Test
  void aRegistrationBoundToNoUniversityReachesNone() {
    UniversityScope none = UniversityScope.of(null);

    assertThat(none.reaches(1)).isFalse();
    assertThatThrownBy(() -> none.require(1, "Survey 3"))
        .isInstanceOf(NotAllowed.class)
        .hasMessageContaining("bound to no university");
  }

  @Test
  void aSessionsScopeIsItsUniversityUnlessItIsTheOperators() {
    assertThat(session(5L, false).scope()).isEqualTo(UniversityScope.of(5L));
    assertThat(session(5L, true).scope().reaches(6)).isTrue();
  }

  private static KenesSession session(Long universityId, boolean operator) {
    return new KenesSession(
        1L,
        KenesSession.Kind.LTI,
        2L,
        "d",
        3L,
        null,
        4L,
        List.of(),
        KenesRole.ADMIN,
        universityId,
        operator,
        null,
        "csrf",
        Instant.EPOCH,
        null);
  }
}
