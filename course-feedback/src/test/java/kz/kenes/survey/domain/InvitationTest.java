package kz.kenes.survey.domain;

import static kz.kenes.survey.domain.InstrumentBuilder.anInstrument;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InvitationTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  private final SurveyRound round =
      new Survey("S", new Instrument(anInstrument().scale("Q1").build(), NOW), 1, null, NOW)
          .addRound(RoundKind.BASELINE, "Before", NOW, NOW.plus(Duration.ofDays(9)), NOW);

  private Invitation link(int maxUses) {
    return new Invitation(
        round, "hash", "employer", null, maxUses, false, NOW.plusSeconds(60), NOW);
  }

  @Test
  void takesRespondentsUntilItExpires() {
    Invitation link = link(5);

    assertThat(link.refusal(NOW)).isEmpty();
    assertThat(link.refusal(NOW.plusSeconds(60)))
        .hasValueSatisfying(m -> assertThat(m).contains("expired"));
  }

  @Test
  void aWithdrawnLinkTakesNoOne() {
    Invitation link = link(5);
    link.revoke(NOW);

    assertThat(link.refusal(NOW)).hasValueSatisfying(m -> assertThat(m).contains("withdrawn"));
    assertThat(link.revokedAt()).contains(NOW);
  }
}
