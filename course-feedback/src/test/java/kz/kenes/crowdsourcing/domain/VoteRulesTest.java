package kz.kenes.crowdsourcing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.InvalidInput;
import org.junit.jupiter.api.Test;

class VoteRulesTest {

  @Test
  void weighsAVoteByItsGroupAndOneForAGroupNotNamed() {
    VoteRules rules =
        new VoteRules(3, Map.of("employer", new BigDecimal("2"), "learner", new BigDecimal("0.5")));
    assertThat(rules.weightOf("employer")).isEqualByComparingTo("2");
    assertThat(rules.weightOf("learner")).isEqualByComparingTo("0.5");
    assertThat(rules.weightOf("graduate")).isEqualByComparingTo("1");
  }

  @Test
  void keepsTheWeightsAsTextAndReadsThemBack() {
    VoteRules rules =
        new VoteRules(
            3, Map.of("learner", new BigDecimal("1.50"), "employer", new BigDecimal("2")));
    assertThat(rules.weightsText()).isEqualTo("employer=2;learner=1.5");
    assertThat(new VoteRules(3, VoteRules.parseWeights(rules.weightsText())))
        .isEqualTo(
            new VoteRules(
                3, Map.of("learner", new BigDecimal("1.5"), "employer", new BigDecimal("2"))));
  }

  @Test
  void refusesTheVoteBeyondTheQuota() {
    VoteRules rules = new VoteRules(2, Map.of());
    assertThatCode(() -> rules.requireVoteLeft(1)).doesNotThrowAnyException();
    assertThatThrownBy(() -> rules.requireVoteLeft(2))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("all your 2 votes");
  }

  @Test
  void refusesAZeroOrNegativeWeightAndAQuotaOutOfRange() {
    assertThatThrownBy(() -> new VoteRules(1, Map.of("learner", BigDecimal.ZERO)))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> new VoteRules(0, Map.of())).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> new VoteRules(1, Map.of("Bad Group", BigDecimal.ONE)))
        .isInstanceOf(InvalidInput.class);
  }
}
