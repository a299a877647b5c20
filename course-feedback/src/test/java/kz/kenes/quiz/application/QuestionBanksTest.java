package kz.kenes.quiz.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionBanksTest {

  @Test
  void anImportRenamesACodeTheBankHas() {
    Set<String> taken = new HashSet<>(Set.of("q1", "q1-2"));
    assertThat(QuestionBanks.freeCode("q1", taken)).isEqualTo("q1-3");
    assertThat(QuestionBanks.freeCode("q2", taken)).isEqualTo("q2");
    assertThat(QuestionBanks.freeCode("q2", taken)).isEqualTo("q2-2");
    String longCode = "x".repeat(32);
    taken.add(longCode);
    assertThat(QuestionBanks.freeCode(longCode, taken)).hasSize(32).endsWith("-2");
  }
}
