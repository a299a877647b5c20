package kz.kenes.survey.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModuleFeedbackLinkTest {

  private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

  private static ModuleFeedbackLink link(int maxUses, List<Long> modules) {
    return new ModuleFeedbackLink(
        7L,
        modules,
        "hash",
        "employer",
        null,
        maxUses,
        false,
        null,
        null,
        NOW.plus(Duration.ofDays(30)),
        NOW);
  }

  @Test
  void anActiveLinkTakesNewRespondentsUntilItExpires() {
    ModuleFeedbackLink link = link(5, List.of());

    assertThat(link.state(NOW)).isEqualTo("active");
    assertThatCode(() -> link.requireAvailable(NOW)).doesNotThrowAnyException();
    Instant later = NOW.plus(Duration.ofDays(30));
    assertThat(link.state(later)).isEqualTo("expired");
    assertThatThrownBy(() -> link.requireAvailable(later))
        .isInstanceOf(InvitationUnavailable.class)
        .hasMessageContaining("expired");
    assertThatThrownBy(() -> link.requireChangeable(later))
        .isInstanceOf(InvitationUnavailable.class);
  }

  @Test
  void aWithdrawnLinkTakesNothingAndAUsedUpOneStillLetsItsRespondentsChange() {
    ModuleFeedbackLink used = link(0, List.of());
    assertThat(used.state(NOW)).isEqualTo("used-up");
    assertThatThrownBy(() -> used.requireAvailable(NOW)).hasMessageContaining("number of");
    assertThatCode(() -> used.requireChangeable(NOW)).doesNotThrowAnyException();

    ModuleFeedbackLink withdrawn = link(5, List.of());
    withdrawn.revoke(NOW);
    assertThat(withdrawn.state(NOW)).isEqualTo("revoked");
    assertThatThrownBy(() -> withdrawn.requireChangeable(NOW)).hasMessageContaining("withdrawn");
  }

  @Test
  void asksAboutTheModulesItNamesOrEveryModuleOfTheProgram() {
    List<Long> program = List.of(1L, 2L, 3L);

    assertThat(link(1, List.of()).asksAbout(2L, program)).isTrue();
    assertThat(link(1, List.of()).asksAbout(9L, program)).as("not of the program").isFalse();
    assertThat(link(1, List.of(1L)).asksAbout(1L, program)).isTrue();
    assertThat(link(1, List.of(1L)).asksAbout(2L, program)).isFalse();
    assertThat(link(1, List.of(1L)).asksAbout(1L, List.of(2L)))
        .as("a module since removed from the program")
        .isFalse();
  }
}
