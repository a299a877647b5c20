package kz.kenes.bench.crowd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CampaignShapeTest {

  @Test
  void everyHundredMembersSplitExactlyByTheGroupShares() {
    Map<String, Integer> counts = new HashMap<>();
    for (int m = 300; m < 400; m++) {
      counts.merge(CampaignShape.groupOf(m), 1, Integer::sum);
    }
    CampaignShape.GROUPS.forEach(g -> assertThat(counts.get(g.code())).isEqualTo(g.percent()));
    assertThat(CampaignShape.groupOf(7)).isEqualTo(CampaignShape.groupOf(7));
  }

  @Test
  void statusesFollowTheirSharesWithinAPercent() {
    SplittableRandom random = new SplittableRandom(1);
    Map<String, Integer> counts = new HashMap<>();
    int n = 100_000;
    for (int i = 0; i < n; i++) {
      counts.merge(CampaignShape.status(random), 1, Integer::sum);
    }
    CampaignShape.STATUSES.forEach(
        s -> assertThat(counts.get(s.status()) * 100.0 / n).isCloseTo(s.percent(), within(1.0)));
  }

  @Test
  void votesAddUpToTheTotalAndTheFirstRanksDrawMost() {
    int[] votes = CampaignShape.votesPerProposal(20_000, 500_000, 10_000);
    assertThat(Arrays.stream(votes).asLongStream().sum()).isEqualTo(500_000);
    assertThat(votes[0]).isGreaterThan(votes[100]).isGreaterThan(votes[19_999]);
    assertThat(votes[19_999]).isPositive();
    assertThat(Arrays.stream(votes).max().getAsInt()).isLessThanOrEqualTo(10_000);
  }

  @Test
  void votesNeverExceedTheVotersEvenWhenTheTotalCannotBeReached() {
    int[] votes = CampaignShape.votesPerProposal(3, 1_000, 100);
    assertThat(votes).containsExactly(100, 100, 100);
    assertThat(CampaignShape.votesPerProposal(0, 1_000, 100)).isEmpty();
  }

  @Test
  void onlyDecidedAndShortlistedProposalsAreOnTheBallot() {
    assertThat(CampaignShape.onBallot("SHORTLISTED")).isTrue();
    assertThat(CampaignShape.onBallot("ACCEPTED")).isTrue();
    assertThat(CampaignShape.onBallot("REJECTED")).isTrue();
    assertThat(CampaignShape.onBallot("SUBMITTED")).isFalse();
    assertThat(CampaignShape.onBallot("MERGED")).isFalse();
  }

  private static org.assertj.core.data.Offset<Double> within(double offset) {
    return org.assertj.core.data.Offset.offset(offset);
  }
}
