package kz.kenes.crowdsourcing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.InvalidInput;
import org.junit.jupiter.api.Test;

class ProposalMergeTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  private static Proposal proposal(long campaign, String title) {
    return new Proposal(
        campaign,
        ProposalKind.NEW_COMPETENCY,
        List.of(),
        new Proposal.Content(title, "Text of " + title, ""),
        "lti:1",
        "learner",
        NOW);
  }

  @Test
  void carriesTheVotesOfTheMergedProposalExceptThoseOfItsOwnVoters() {
    ProposalMerge.Vote a = new ProposalMerge.Vote("lti:1", "learner", BigDecimal.ONE);
    ProposalMerge.Vote b = new ProposalMerge.Vote("lti:2", "employer", new BigDecimal("2"));
    assertThat(ProposalMerge.carriedVotes(List.of(a, b), Set.of("lti:1"))).containsExactly(b);
  }

  @Test
  void aMergedProposalPointsAtItsTargetAndIsClosed() {
    Proposal target = proposal(7, "GIS");
    Proposal merged = proposal(7, "GIS labs");
    merged.mergeInto(target, NOW);
    assertThat(merged.status()).isEqualTo(ProposalStatus.MERGED);
    assertThatThrownBy(() -> merged.shortlist(true, NOW))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("merged");
    assertThatThrownBy(() -> proposal(7, "x").mergeInto(merged, NOW)).isInstanceOf(Conflict.class);
  }

  @Test
  void refusesToMergeAcrossCampaignsOrIntoItself() {
    Proposal one = proposal(7, "GIS");
    assertThatThrownBy(() -> one.mergeInto(one, NOW)).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> one.mergeInto(proposal(8, "GIS"), NOW))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("different campaigns");
  }

  @Test
  void anAmendmentThatChangesTheTextIsRefusedAndAReworkWaitsForTheAuthor() {
    Proposal p = proposal(7, "GIS");
    assertThatThrownBy(
            () ->
                ProposalVersion.of(
                    p,
                    2,
                    ProposalVersion.Kind.AMENDMENT,
                    new Proposal.Content("GIS", "Other text", ""),
                    "lti:2",
                    "",
                    NOW))
        .isInstanceOf(InvalidInput.class);
    ProposalVersion amendment =
        ProposalVersion.of(
            p,
            2,
            ProposalVersion.Kind.AMENDMENT,
            new Proposal.Content("GIS", "Text of GIS\nand drones", ""),
            "lti:2",
            "",
            NOW);
    assertThat(amendment.state()).isEqualTo(ProposalVersion.State.PENDING);
    amendment.settle(true);
    assertThat(amendment.state()).isEqualTo(ProposalVersion.State.ACCEPTED);
    assertThatThrownBy(() -> amendment.settle(false)).isInstanceOf(Conflict.class);
    ProposalVersion edit =
        ProposalVersion.of(
            p,
            3,
            ProposalVersion.Kind.EDIT,
            new Proposal.Content("GIS", "Anything", ""),
            "lti:1",
            "",
            NOW);
    assertThat(edit.state()).isEqualTo(ProposalVersion.State.ACCEPTED);
  }

  @Test
  void aContentChangeNamesItsModule() {
    assertThatThrownBy(
            () ->
                new Proposal(
                    7,
                    ProposalKind.CONTENT_CHANGE,
                    List.of(),
                    new Proposal.Content("t", "b", ""),
                    "lti:1",
                    "learner",
                    NOW))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("module");
  }
}
