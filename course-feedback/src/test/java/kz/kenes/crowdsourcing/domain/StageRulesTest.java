package kz.kenes.crowdsourcing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.kenes.platform.domain.NotAllowed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StageRulesTest {

  @ParameterizedTest(name = "{1} may {2} in {0}: {3}")
  @CsvSource({
    "COLLECTION, PARTICIPANT, PROPOSE, true",
    "SELECTION, PARTICIPANT, PROPOSE, false",
    "ENGAGEMENT, PARTICIPANT, PROPOSE, false",
    "COLLECTION, EXPERT, PROPOSE, true",
    "VOTING, PARTICIPANT, VOTE, true",
    "SELECTION, PARTICIPANT, VOTE, false",
    "INTEGRATION, PARTICIPANT, VOTE, false",
    "VOTING, ORGANISER, VOTE, false",
    "VOTING, EXPERT, VOTE, false",
    "SELECTION, ORGANISER, MERGE, true",
    "SELECTION, FACILITATOR, MERGE, false",
    "COLLECTION, ORGANISER, MERGE, false",
    "SELECTION, EXPERT, REVIEW, true",
    "SELECTION, ORGANISER, REVIEW, false",
    "VOTING, EXPERT, REVIEW, false",
    "INTEGRATION, ORGANISER, DECIDE, true",
    "VOTING, ORGANISER, DECIDE, false",
    "COLLECTION, FACILITATOR, MODERATE, true",
    "COLLECTION, PARTICIPANT, MODERATE, false",
    "PREPARATION, PARTICIPANT, VIEW, false",
    "PREPARATION, ORGANISER, VIEW, true",
    "ENGAGEMENT, PARTICIPANT, VIEW, true",
    "VOTING, PARTICIPANT, COMMENT, true",
    "INTEGRATION, PARTICIPANT, COMMENT, false",
    "SELECTION, ORGANISER, EDIT_CAMPAIGN, false",
    "INTEGRATION, ORGANISER, MOVE_STAGE, true",
    "MONITORING, ORGANISER, MOVE_STAGE, false"
  })
  void decidesByStageAndRole(
      CampaignStage stage, CampaignRole role, CampaignAction action, boolean allowed) {
    assertThat(StageRules.allows(stage, role, action)).isEqualTo(allowed);
  }

  @Test
  void refusesAProposalAfterCollectionClosesAsStageClosedNamingTheStage() {
    assertThatThrownBy(
            () ->
                StageRules.require(
                    CampaignStage.SELECTION, CampaignRole.PARTICIPANT, CampaignAction.PROPOSE))
        .isInstanceOf(StageClosed.class)
        .hasMessageContaining("selection stage")
        .hasMessageContaining("[collection]");
  }

  @Test
  void refusesARoleThatNeverHasTheActionAsNotAllowed() {
    assertThatThrownBy(
            () ->
                StageRules.require(
                    CampaignStage.VOTING, CampaignRole.ORGANISER, CampaignAction.VOTE))
        .isInstanceOf(NotAllowed.class)
        .hasMessageContaining("organiser");
  }
}
