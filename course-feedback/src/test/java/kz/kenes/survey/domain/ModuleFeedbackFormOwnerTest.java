package kz.kenes.survey.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModuleFeedbackFormOwnerTest {

  @Test
  void namesTheOwnInstrumentByKindAndId() {
    assertThat(ModuleFeedbackFormOwner.program(12).instrumentCode("module-feedback"))
        .isEqualTo("module-feedback-p12");
    assertThat(ModuleFeedbackFormOwner.university(3).instrumentCode("module-feedback"))
        .isEqualTo("module-feedback-u3");
  }

  @Test
  void saysItsKindInTheApiWord() {
    assertThat(ModuleFeedbackFormOwner.program(1).kind().word()).isEqualTo("program");
    assertThat(ModuleFeedbackFormOwner.university(1).kind().word()).isEqualTo("university");
  }
}
