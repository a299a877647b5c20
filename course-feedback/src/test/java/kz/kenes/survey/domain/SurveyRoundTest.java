package kz.kenes.survey.domain;

import static kz.kenes.survey.domain.InstrumentBuilder.anInstrument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SurveyRoundTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private static final Duration DAY = Duration.ofDays(1);

  private final Survey survey =
      new Survey("S", new Instrument(anInstrument().scale("Q1").build(), NOW), 1, null, NOW);

  private SurveyRound round(Instant opens, Instant closes) {
    return survey.addRound(RoundKind.BASELINE, "Before", opens, closes, NOW);
  }

  @Test
  void isScheduledBeforeItOpensOpenUntilItClosesAndClosedFromThen() {
    SurveyRound round = round(NOW.plus(DAY), NOW.plus(DAY.multipliedBy(2)));

    assertThat(round.status(NOW)).isEqualTo(RoundStatus.SCHEDULED);
    assertThat(round.status(NOW.plus(DAY))).isEqualTo(RoundStatus.OPEN);
    assertThat(round.status(NOW.plus(DAY.multipliedBy(2)))).isEqualTo(RoundStatus.CLOSED);
  }

  @Test
  void closingByHandEndsItBeforeItsDateAndReopeningOpensItAgain() {
    SurveyRound round = round(NOW.minus(DAY), NOW.plus(DAY));

    round.close(NOW);
    assertThat(round.status(NOW)).isEqualTo(RoundStatus.CLOSED);

    round.reopen(null, NOW);
    assertThat(round.status(NOW)).isEqualTo(RoundStatus.OPEN);
  }

  @Test
  void aRoundPastItsDateReopensOnlyWithANewClosingDate() {
    SurveyRound round = round(NOW.minus(DAY.multipliedBy(3)), NOW.minus(DAY));

    assertThatThrownBy(() -> round.reopen(null, NOW)).isInstanceOf(InvalidSurveyInput.class);

    round.reopen(NOW.plus(DAY), NOW);
    assertThat(round.status(NOW)).isEqualTo(RoundStatus.OPEN);
    assertThat(round.closesAt()).isEqualTo(NOW.plus(DAY));
  }

  @Test
  void roundsAreNumberedInOrderAndAskTheInstrumentsCurrentVersion() {
    SurveyRound first = round(NOW, NOW.plus(DAY));
    survey.instrument().edit(anInstrument().scale("Q1").scale("Q2").build(), true, NOW);
    SurveyRound second = survey.addRound(RoundKind.FOLLOW_UP, "After", NOW, NOW.plus(DAY), NOW);

    assertThat(first.position()).isEqualTo(1);
    assertThat(second.position()).isEqualTo(2);
    assertThat(first.version().number()).isEqualTo(1);
    assertThat(second.version().number()).isEqualTo(2);
  }

  @Test
  void aRoundMustCloseAfterItOpens() {
    assertThatThrownBy(() -> round(NOW, NOW)).isInstanceOf(InvalidSurveyInput.class);
  }
}
