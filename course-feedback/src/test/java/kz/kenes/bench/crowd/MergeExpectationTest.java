package kz.kenes.bench.crowd;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MergeExpectationTest {

  private static MergeExpectation.Vote vote(String group, String weight) {
    return new MergeExpectation.Vote(group, new BigDecimal(weight));
  }

  @Test
  void aVoterOfBothProposalsCountsOnceWithTheTargetsVote() {
    MergeExpectation.Expected e =
        MergeExpectation.of(
            "lti:1",
            Map.of("lti:5", vote("learner", "1"), "inv:9:1", vote("employer", "2")),
            Set.of(),
            "lti:2",
            Map.of("inv:9:1", vote("graduate", "1.5"), "lti:6", vote("learner", "1")),
            Set.of());
    assertThat(e.votes()).isEqualTo(3);
    assertThat(e.support()).isEqualByComparingTo("4");
    assertThat(e.supportByGroup())
        .containsOnlyKeys("employer", "learner")
        .containsEntry("learner", new BigDecimal("2"));
  }

  @Test
  void theMergedAuthorAndCoAuthorsJoinTheTargetsCoAuthorsButNeverItsAuthor() {
    MergeExpectation.Expected e =
        MergeExpectation.of(
            "lti:1", Map.of(), Set.of("lti:3"), "lti:2", Map.of(), Set.of("lti:1", "lti:4"));
    assertThat(e.coAuthors()).containsExactlyInAnyOrder("lti:2", "lti:3", "lti:4");
    assertThat(e.votes()).isZero();
    assertThat(e.support()).isEqualByComparingTo("0");
  }

  @Test
  void mergingAProposalOfTheSameAuthorAddsNoCoAuthor() {
    MergeExpectation.Expected e =
        MergeExpectation.of("lti:1", Map.of(), Set.of(), "lti:1", Map.of(), Set.of());
    assertThat(e.coAuthors()).isEmpty();
  }
}
