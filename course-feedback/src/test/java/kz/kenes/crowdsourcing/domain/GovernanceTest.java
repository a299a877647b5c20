package kz.kenes.crowdsourcing.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import kz.kenes.crowdsourcing.domain.Governance.Standing;
import kz.kenes.platform.domain.Conflict;
import org.junit.jupiter.api.Test;

class GovernanceTest {

  private static final BigDecimal TWO = new BigDecimal("2");

  private static Standing standing(boolean approved, String support) {
    return new Standing(true, approved, new BigDecimal(support));
  }

  @Test
  void democraticAcceptsAnApprovedProposalWithEnoughVotesAndRefusesToRejectIt() {
    assertThatCode(() -> Governance.DEMOCRATIC.requireAllowed(standing(true, "2.5"), true, TWO))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () -> Governance.DEMOCRATIC.requireAllowed(standing(true, "2.5"), false, TWO))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("cannot be rejected");
  }

  @Test
  void democraticRefusesToAcceptAnApprovedProposalWithTooFewVotes() {
    assertThatThrownBy(() -> Governance.DEMOCRATIC.requireAllowed(standing(true, "1.5"), true, TWO))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("1.5 weighted votes of the 2 needed");
    assertThatCode(() -> Governance.DEMOCRATIC.requireAllowed(standing(true, "1.5"), false, TWO))
        .doesNotThrowAnyException();
  }

  @Test
  void hierarchicalLetsExpertsDecideAndVotesOnlyAdvise() {
    assertThatCode(() -> Governance.HIERARCHICAL.requireAllowed(standing(true, "0"), true, TWO))
        .doesNotThrowAnyException();
    assertThatCode(() -> Governance.HIERARCHICAL.requireAllowed(standing(true, "9"), false, TWO))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () -> Governance.HIERARCHICAL.requireAllowed(standing(false, "9"), true, TWO))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("experts approved");
  }

  @Test
  void onlyAShortlistedProposalIsDecided() {
    for (Governance g : Governance.values()) {
      assertThatThrownBy(
              () -> g.requireAllowed(new Standing(false, true, BigDecimal.TEN), true, TWO))
          .hasMessageContaining("shortlisted");
    }
  }

  @Test
  void aProposalIsExpertApprovedByAMajorityOfReviews() {
    org.assertj.core.api.Assertions.assertThat(
            ReviewDecision.approved(
                List.of(ReviewDecision.APPROVE, ReviewDecision.APPROVE, ReviewDecision.REJECT)))
        .isTrue();
    org.assertj.core.api.Assertions.assertThat(
            ReviewDecision.approved(List.of(ReviewDecision.APPROVE, ReviewDecision.REJECT)))
        .isFalse();
    org.assertj.core.api.Assertions.assertThat(ReviewDecision.approved(List.of())).isFalse();
  }
}
