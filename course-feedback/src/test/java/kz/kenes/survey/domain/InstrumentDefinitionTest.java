package kz.kenes.survey.domain;

import static kz.kenes.survey.domain.InstrumentBuilder.anInstrument;
import static kz.kenes.survey.domain.InstrumentBuilder.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kz.kenes.survey.domain.InstrumentDefinition.ItemDefinition;
import kz.kenes.survey.domain.InstrumentDefinition.Levels;
import org.junit.jupiter.api.Test;

class InstrumentDefinitionTest {

  private static InvalidSurveyInput refusal(InstrumentDefinition definition) {
    try {
      definition.validate();
    } catch (InvalidSurveyInput e) {
      return e;
    }
    throw new AssertionError("the definition was accepted");
  }

  @Test
  void acceptsAWellFormedInstrument() {
    assertThatCode(
            () ->
                anInstrument()
                    .scale("E01")
                    .reversedScale("E02")
                    .single("E03", "a", "b")
                    .open("E04")
                    .build()
                    .validate())
        .doesNotThrowAnyException();
  }

  @Test
  void refusesAnInstrumentWithoutItems() {
    assertThat(refusal(anInstrument().build()).fieldErrors()).containsOnlyKeys("items");
  }

  @Test
  void namesEveryMissingTranslationDownToTheOption() {
    InstrumentDefinition definition =
        anInstrument()
            .item(
                new ItemDefinition(
                    "Q1", "scale", false, null, new Translations("", "ru", "en"), null))
            .item(
                new ItemDefinition(
                    "Q2",
                    "single",
                    false,
                    null,
                    text("Q2"),
                    List.of(
                        new ItemOption("a", text("a")),
                        new ItemOption("b", new Translations("kk", null, "en")))))
            .build();

    assertThat(refusal(definition).fieldErrors())
        .containsOnlyKeys("items[0].text.kk", "items[1].options[1].text.ru");
  }

  @Test
  void refusesDuplicateItemCodesWhateverTheirCase() {
    assertThat(refusal(anInstrument().scale("Q1").scale("q1").build()).fieldErrors())
        .containsOnlyKeys("items[1].code");
  }

  @Test
  void refusesItemCodesThatCannotBeSpssVariableNames() {
    assertThat(refusal(anInstrument().scale("1Q").scale("Q 2").build()).fieldErrors())
        .containsOnlyKeys("items[0].code", "items[1].code");
  }

  @Test
  void refusesAnUnknownKindAndReverseScoringOutsideScaleItems() {
    InstrumentDefinition definition =
        anInstrument()
            .item(new ItemDefinition("Q1", "likert", false, null, text("Q1"), null))
            .item(new ItemDefinition("Q2", "open", true, null, text("Q2"), null))
            .build();

    assertThat(refusal(definition).fieldErrors())
        .containsOnlyKeys("items[0].kind", "items[1].reversed");
  }

  @Test
  void choiceItemsNeedTwoOptionsAndOtherItemsNone() {
    InstrumentDefinition definition =
        anInstrument()
            .single("Q1", "only")
            .item(
                new ItemDefinition(
                    "Q2",
                    "scale",
                    false,
                    null,
                    text("Q2"),
                    List.of(new ItemOption("a", text("a")))))
            .multiple("Q3", "a", "a")
            .build();

    assertThat(refusal(definition).fieldErrors())
        .containsOnlyKeys("items[0].options", "items[1].options", "items[2].options[1].code");
  }

  @Test
  void refusesCutoffsThatLeaveNoMediumLevel() {
    assertThat(refusal(anInstrument().scale("Q1").levels(1.5, 2.0).build()).fieldErrors())
        .containsOnlyKeys("levels");
  }

  @Test
  void defaultsMissingCutoffsToTwoAndAHalfAndOneAndAHalf() {
    InstrumentDefinition definition =
        new InstrumentDefinition(
            "c",
            null,
            text("t"),
            null,
            new Levels(null, null),
            anInstrument().scale("Q").build().items());

    assertThat(definition.cutoffs()).isEqualTo(LevelCutoffs.DEFAULT);
  }

  @Test
  void refusesABadCodeAndAudience() {
    InstrumentDefinition definition =
        new InstrumentDefinition(
            "bad code",
            "bad group",
            text("t"),
            null,
            null,
            anInstrument().scale("Q").build().items());

    assertThat(refusal(definition).fieldErrors()).containsOnlyKeys("code", "audience");
  }

  @Test
  void refusesMoreItemsThanTheLimit() {
    InstrumentBuilder builder = anInstrument();
    for (int i = 0; i <= InstrumentDefinition.MAX_ITEMS; i++) {
      builder.scale("Q" + i);
    }
    assertThatThrownBy(() -> builder.build().validate())
        .isInstanceOfSatisfying(
            InvalidSurveyInput.class, e -> assertThat(e.fieldErrors()).containsKey("items"));
  }
}
