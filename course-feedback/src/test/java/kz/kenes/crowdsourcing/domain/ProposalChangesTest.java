package kz.kenes.crowdsourcing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import kz.kenes.platform.domain.Conflict;
import org.junit.jupiter.api.Test;

/** How accepted proposals become, and extend, the changes of a campaign's revision draft. */
class ProposalChangesTest {

  private static final Instant T = Instant.parse("2026-04-01T08:00:00Z");
  private static final List<String> CURRENT = List.of("Plans crop rotation");

  private static ProposalAccepted accepted(long id, ProposalKind kind, String title, String by) {
    return new ProposalAccepted(
        5, id, 11, List.of(101L), kind, title, "text", "Voted and approved", by, T.plusSeconds(id));
  }

  @Test
  void aNewCompetencyAddsTheTitleToTheModulesCompetencies() {
    RevisionChange change =
        ProposalChanges.of(
            accepted(41, ProposalKind.NEW_COMPETENCY, "Reads soil maps", "lti:7"),
            "AGR-101",
            CURRENT);

    assertThat(change.kind()).isEqualTo(RevisionChangeKind.COMPETENCIES);
    assertThat(change.moduleCode()).isEqualTo("AGR-101");
    assertThat(change.spec().competencies())
        .containsExactly("Plans crop rotation", "Reads soil maps");
    assertThat(change.proposalIds()).containsExactly(41L);
    assertThat(change.approvedBy()).isEqualTo("lti-user:7");
    assertThat(change.approvedAt()).isEqualTo(T.plusSeconds(41));
    assertThat(change.note()).contains("Proposal 41 (new_competency): Reads soil maps");
    assertThat(change.isApplied()).isFalse();
  }

  @Test
  void aContentChangeKeepsTheModuleUntilOrganisersSayWhatItBecomes() {
    RevisionChange change =
        ProposalChanges.of(
            accepted(3, ProposalKind.CONTENT_CHANGE, "More field work", "admin-token"),
            "AGR-101",
            CURRENT);
    assertThat(change.kind()).isEqualTo(RevisionChangeKind.CONTENT);
    assertThat(change.spec()).isEqualTo(ModuleSpec.NONE);
    assertThat(change.approvedBy()).isEqualTo("operator");
  }

  @Test
  void aRemovalIsRecorded() {
    RevisionChange change =
        ProposalChanges.of(
            accepted(3, ProposalKind.REMOVAL, "Drop it", "lti:1"), "AGR-101", CURRENT);
    assertThat(change.kind()).isEqualTo(RevisionChangeKind.REMOVAL);
  }

  @Test
  void aSecondProposalOnTheModuleExtendsItsChange() {
    RevisionChange first =
        ProposalChanges.of(
            accepted(41, ProposalKind.NEW_COMPETENCY, "Reads soil maps", "lti:7"),
            "AGR-101",
            CURRENT);
    RevisionChange second =
        ProposalChanges.extend(
            first, accepted(9, ProposalKind.NEW_COMPETENCY, "Uses drones", "lti:8"), CURRENT);

    assertThat(second.kind()).isEqualTo(RevisionChangeKind.COMPETENCIES);
    assertThat(second.spec().competencies())
        .containsExactly("Plans crop rotation", "Reads soil maps", "Uses drones");
    assertThat(second.proposalIds()).containsExactly(9L, 41L);
    assertThat(second.approvedBy()).isEqualTo("lti-user:8");
    assertThat(second.note()).contains("Proposal 41").contains("Proposal 9");

    RevisionChange third =
        ProposalChanges.extend(
            second, accepted(50, ProposalKind.CONTENT_CHANGE, "Field days", "lti:8"), CURRENT);
    assertThat(third.kind()).isEqualTo(RevisionChangeKind.CONTENT);
    assertThat(third.spec().competencies()).hasSize(3);
    assertThat(third.proposalIds()).containsExactly(9L, 41L, 50L);
  }

  @Test
  void theSameCompetencyIsNotListedTwiceAndARemovalStaysARemoval() {
    RevisionChange change =
        ProposalChanges.of(
            accepted(1, ProposalKind.NEW_COMPETENCY, "Plans crop rotation", "lti:7"),
            "AGR-101",
            CURRENT);
    assertThat(change.spec().competencies()).containsExactly("Plans crop rotation");

    RevisionChange removal =
        ProposalChanges.of(accepted(2, ProposalKind.REMOVAL, "Drop", "lti:1"), "AGR-101", CURRENT);
    RevisionChange extended =
        ProposalChanges.extend(
            removal, accepted(3, ProposalKind.NEW_COMPETENCY, "X", "lti:1"), CURRENT);
    assertThat(extended.kind()).isEqualTo(RevisionChangeKind.REMOVAL);
    assertThat(extended.spec()).isEqualTo(ModuleSpec.NONE);
    assertThat(extended.proposalIds()).containsExactly(2L, 3L);
  }

  @Test
  void aProposalWithoutAModuleIsNamedInTheSummary() {
    String summary =
        ProposalChanges.unplaced(
            "", accepted(8, ProposalKind.NEW_COURSE, "Agro-robotics", "lti:1"));
    assertThat(summary)
        .isEqualTo(
            "Proposal 8 (new_course) \"Agro-robotics\" was accepted without a module: add its"
                + " change naming it.");
    assertThat(
            ProposalChanges.unplaced(
                "x".repeat(3990), accepted(9, ProposalKind.NEW_COURSE, "A", "lti:1")))
        .hasSize(4000)
        .endsWith("…");
  }

  @Test
  void aDraftPutsAChangeInPlaceOfTheOneOfTheSameModule() {
    RevisionRecord draft = RevisionRecordsFixture.draft(1, "Draft");
    RevisionChange other = RevisionRecordsFixture.competencies("AGR-101", "Other");
    draft.putChange(other);
    assertThat(draft.changes()).containsExactly(other);
    RevisionChange added = RevisionRecordsFixture.competencies("AGR-102", "New");
    draft.putChange(added);
    assertThat(draft.changes()).containsExactly(other, added);
    assertThat(draft.changeOf("AGR-102")).contains(added);
    assertThat(draft.changeOf("AGR-103")).isEmpty();

    RevisionRecord sealed = RevisionRecordsFixture.chain(1).get(0);
    assertThatThrownBy(() -> sealed.putChange(added)).isInstanceOf(Conflict.class);
  }
}
