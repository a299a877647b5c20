package kz.kenes.survey.domain;

import static kz.kenes.survey.domain.InstrumentBuilder.anInstrument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class InstrumentTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  @Test
  void startsAtVersionOneWithTheDefinitionsItemsInOrder() {
    Instrument instrument = new Instrument(anInstrument().scale("Q1").open("Q2").build(), NOW);

    assertThat(instrument.currentVersionNumber()).isEqualTo(1);
    assertThat(instrument.current().items())
        .extracting(InstrumentItem::code, InstrumentItem::position)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Q1", 1),
            org.assertj.core.groups.Tuple.tuple("Q2", 2));
  }

  @Test
  void anEditOfAnAnsweredVersionMakesANewVersionAndKeepsTheOldOneReadable() {
    Instrument instrument = new Instrument(anInstrument().scale("Q1").build(), NOW);

    instrument.edit(anInstrument().scale("Q1").scale("Q2").build(), true, NOW);

    assertThat(instrument.currentVersionNumber()).isEqualTo(2);
    assertThat(instrument.version(1).orElseThrow().items()).hasSize(1);
    assertThat(instrument.current().items()).hasSize(2);
  }

  @Test
  void anEditOfAnUnansweredVersionRewritesIt() {
    Instrument instrument = new Instrument(anInstrument().scale("Q1").build(), NOW);

    instrument.edit(anInstrument().scale("Q1").scale("Q2").levels(2.0, 1.0).build(), false, NOW);

    assertThat(instrument.versions()).hasSize(1);
    assertThat(instrument.current().items()).hasSize(2);
    assertThat(instrument.current().cutoffs().highFrom()).isEqualTo(2.0);
  }

  @Test
  void theCodeCannotChange() {
    Instrument instrument = new Instrument(anInstrument().scale("Q1").build(), NOW);

    assertThatThrownBy(
            () -> instrument.edit(anInstrument().code("other").scale("Q1").build(), true, NOW))
        .isInstanceOfSatisfying(
            InvalidSurveyInput.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("code"));
  }

  @Test
  void writesAVersionBackAsTheDefinitionItCameFrom() {
    InstrumentDefinition definition =
        anInstrument().scale("Q1").reversedScale("Q2").single("Q3", "a", "b").build();

    InstrumentDefinition back = new Instrument(definition, NOW).current().toDefinition();

    assertThat(back.items()).extracting(i -> i.code()).containsExactly("Q1", "Q2", "Q3");
    assertThat(back.items().get(1).reversed()).isTrue();
    assertThat(back.items().get(2).options())
        .extracting(ItemOption::code)
        .containsExactly("a", "b");
    assertThat(back.title()).isEqualTo(definition.title());
  }
}
