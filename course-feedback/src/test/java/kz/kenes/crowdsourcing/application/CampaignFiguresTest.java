package kz.kenes.crowdsourcing.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.kenes.crowdsourcing.domain.CampaignFigureQueries.GroupFigures;
import kz.kenes.crowdsourcing.domain.Effectiveness;
import org.junit.jupiter.api.Test;

class CampaignFiguresTest {

  @Test
  void aCampaignsTotalksAndOutksAreTheSumsOfItsGroups() {
    Effectiveness total =
        CampaignFigures.sumOf(
            List.of(
                new GroupFigures("employer", 4, 3, 1),
                new GroupFigures("learner", 9, 7, 2),
                new GroupFigures("staff", 2, 0, 0)));
    assertThat(total.totalks()).isEqualTo(10);
    assertThat(total.outks()).isEqualTo(3);
  }

  @Test
  void aCampaignWithoutProposalsHasNoneProposedAndNoneAccepted() {
    Effectiveness total = CampaignFigures.sumOf(List.of());
    assertThat(total.totalks()).isZero();
    assertThat(total.outks()).isZero();
    assertThat(total.resourceEfficiency()).isEmpty();
  }
}
