package kz.kenes.survey.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import kz.kenes.survey.domain.InstrumentDefinition;
import kz.kenes.survey.domain.ItemKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class InstrumentLibraryTest {

  private final InstrumentLibrary library = new InstrumentLibrary();

  @Test
  void offersEveryStarterInstrument() {
    assertThat(library.all())
        .extracting(InstrumentDefinition::code)
        .containsExactlyElementsOf(InstrumentLibrary.CODES);
  }

  @ParameterizedTest
  @FieldSource("kz.kenes.survey.application.InstrumentLibrary#CODES")
  void eachStarterInstrumentPassesTheRulesOfAnyInstrument(String code) {
    InstrumentDefinition definition = library.find(code).orElseThrow();

    assertThatCode(definition::validate).doesNotThrowAnyException();
    assertThat(definition.items())
        .filteredOn(i -> ItemKind.SCALE.code().equals(i.kind()))
        .hasSizeGreaterThanOrEqualTo(10);
  }

  @Test
  void theModuleFeedbackFormIsValidAndAsksFourScaleItemsAndTwoOpenQuestions() {
    InstrumentDefinition form = library.moduleFeedback();

    assertThatCode(form::validate).doesNotThrowAnyException();
    assertThat(form.code()).isEqualTo(InstrumentLibrary.MODULE_FEEDBACK);
    assertThat(form.items())
        .extracting(InstrumentDefinition.ItemDefinition::kind)
        .containsExactly("scale", "scale", "scale", "scale", "open", "open");
    assertThat(library.find(InstrumentLibrary.MODULE_FEEDBACK))
        .as("not offered for surveys")
        .isEmpty();
  }

  @Test
  void theOutsidersModuleFormIsValidAndAsksThreeScaleItemsAndTheMissingCompetency() {
    InstrumentDefinition form = library.moduleFeedbackOutsider();

    assertThatCode(form::validate).doesNotThrowAnyException();
    assertThat(form.code()).isEqualTo(InstrumentLibrary.MODULE_FEEDBACK_OUTSIDER);
    assertThat(form.items())
        .extracting(InstrumentDefinition.ItemDefinition::kind)
        .containsExactly("scale", "scale", "scale", "open");
    assertThat(library.find(InstrumentLibrary.MODULE_FEEDBACK_OUTSIDER))
        .as("not offered for surveys")
        .isEmpty();
  }

  @Test
  void knowsNothingOutsideItsList() {
    assertThat(library.find("../../etc/passwd")).isEmpty();
    assertThat(library.find("unknown")).isEmpty();
  }
}
