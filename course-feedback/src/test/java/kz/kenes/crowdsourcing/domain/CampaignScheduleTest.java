package kz.kenes.crowdsourcing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.InvalidInput;
import org.junit.jupiter.api.Test;

class CampaignScheduleTest {

  private static final Instant MARCH = Instant.parse("2026-03-01T00:00:00Z");
  private static final Instant APRIL = Instant.parse("2026-04-01T00:00:00Z");
  private static final Instant MAY = Instant.parse("2026-05-01T00:00:00Z");

  private final CampaignSchedule schedule =
      new CampaignSchedule(
          Map.of(
              CampaignStage.COLLECTION, MARCH,
              CampaignStage.SELECTION, APRIL,
              CampaignStage.INTEGRATION, MAY));

  @Test
  void theDatesSayWhichStageIsDueNeverBackwards() {
    assertThat(schedule.dueAfter(CampaignStage.PREPARATION, MARCH.minusSeconds(1))).isEmpty();
    assertThat(schedule.dueAfter(CampaignStage.PREPARATION, MARCH))
        .contains(CampaignStage.COLLECTION);
    assertThat(schedule.dueAfter(CampaignStage.ENGAGEMENT, APRIL.plusSeconds(5)))
        .contains(CampaignStage.SELECTION);
    assertThat(schedule.dueAfter(CampaignStage.VOTING, APRIL.plusSeconds(5))).isEmpty();
  }

  @Test
  void aStageEndsWhenTheNextDatedStageStarts() {
    assertThat(schedule.endOf(CampaignStage.COLLECTION)).contains(APRIL);
    assertThat(schedule.endOf(CampaignStage.SELECTION)).contains(MAY);
    assertThat(schedule.endOf(CampaignStage.INTEGRATION)).isEmpty();
  }

  @Test
  void refusesDatesOutOfOrder() {
    assertThatThrownBy(
            () ->
                new CampaignSchedule(
                    Map.of(CampaignStage.COLLECTION, APRIL, CampaignStage.SELECTION, MARCH)))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("selection stage must start after collection");
  }

  @Test
  void aCampaignOnlyMovesForward() {
    Campaign campaign =
        new Campaign(
            1,
            2,
            new Campaign.Terms(
                java.util.List.of(),
                "Revise AGR",
                "Which competencies?",
                "",
                java.util.List.of("learner"),
                Governance.DEMOCRATIC,
                new VoteRules(3, Map.of()),
                java.math.BigDecimal.ONE,
                schedule),
            "lti:1",
            MARCH.minusSeconds(60));
    assertThat(campaign.dueStage(APRIL)).contains(CampaignStage.SELECTION);
    campaign.moveTo(CampaignStage.SELECTION, APRIL);
    assertThat(campaign.stage()).isEqualTo(CampaignStage.SELECTION);
    assertThatThrownBy(() -> campaign.moveTo(CampaignStage.COLLECTION, APRIL))
        .isInstanceOf(Conflict.class);
  }
}
