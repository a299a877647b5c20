package kz.kenes.crowdsourcing.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * How an accepted proposal becomes a change of a revision draft (docs/revisions.md, "From a
 * campaign"): one change per target module, naming the proposals it comes from, who approved the
 * last of them and when. A new competency adds the proposal's title to the module's competencies; a
 * change of content opens a {@code content} change that keeps the module as it is until an
 * organiser says what it becomes; a removal records the removal. A second proposal on a module the
 * draft already changes extends that change: its id is added, its title to the competencies when it
 * proposes one, and the note says what each proposal asked for.
 */
public final class ProposalChanges {

  /** The longest note a change keeps (the column's size). */
  static final int MAX_NOTE = 4000;

  private ProposalChanges() {}

  /**
   * The change of {@code moduleCode} the accepted proposal leads to.
   *
   * @param competencies the module's current competencies
   */
  public static RevisionChange of(
      ProposalAccepted accepted, String moduleCode, List<String> competencies) {
    RevisionChangeKind kind =
        switch (accepted.kind()) {
          case REMOVAL -> RevisionChangeKind.REMOVAL;
          case NEW_COMPETENCY -> RevisionChangeKind.COMPETENCIES;
          case CONTENT_CHANGE, NEW_COURSE -> RevisionChangeKind.CONTENT;
        };
    ModuleSpec spec =
        kind == RevisionChangeKind.COMPETENCIES
            ? withCompetency(ModuleSpec.NONE, competencies, accepted.title())
            : ModuleSpec.NONE;
    return new RevisionChange(
        kind,
        moduleCode,
        spec,
        note("", accepted),
        List.of(accepted.proposalId()),
        approvedBy(accepted.decidedBy()),
        accepted.decidedAt(),
        null,
        null);
  }

  /**
   * The draft's change of a module extended by another accepted proposal on it. The change keeps
   * its kind, except that a competencies change that now also carries a change of content becomes a
   * {@code content} change (which may name competencies too); a removal stays a removal.
   */
  public static RevisionChange extend(
      RevisionChange existing, ProposalAccepted accepted, List<String> competencies) {
    RevisionChangeKind kind = existing.kind();
    ModuleSpec spec = existing.spec();
    boolean proposesContent =
        accepted.kind() == ProposalKind.CONTENT_CHANGE
            || accepted.kind() == ProposalKind.NEW_COURSE;
    if (kind == RevisionChangeKind.COMPETENCIES && proposesContent) {
      kind = RevisionChangeKind.CONTENT;
    }
    if (accepted.kind() == ProposalKind.NEW_COMPETENCY && kind.writesVersion()) {
      spec = withCompetency(spec, competencies, accepted.title());
    }
    List<Long> ids = new ArrayList<>(existing.proposalIds());
    ids.add(accepted.proposalId());
    return new RevisionChange(
        kind,
        existing.moduleCode(),
        spec,
        note(existing.note(), accepted),
        ids,
        approvedBy(accepted.decidedBy()),
        accepted.decidedAt(),
        null,
        null);
  }

  /** What a proposal without a target module leaves in the draft's summary for the organisers. */
  public static String unplaced(String summary, ProposalAccepted accepted) {
    String line =
        "Proposal "
            + accepted.proposalId()
            + " ("
            + accepted.kind().code()
            + ") \""
            + accepted.title()
            + "\" was accepted without a module: add its change naming it.";
    return cut(summary.isEmpty() ? line : summary + "\n" + line, MAX_NOTE);
  }

  /**
   * How a revision names who approved a change: {@code lti-user:<id>} for a person launched from an
   * LMS, {@code operator} for the admin token, else the member key as it is.
   */
  public static String approvedBy(String memberKey) {
    if (memberKey.startsWith("lti:")) {
      return "lti-user:" + memberKey.substring(4);
    }
    return "admin-token".equals(memberKey) ? "operator" : memberKey;
  }

  private static ModuleSpec withCompetency(
      ModuleSpec spec, List<String> current, String competency) {
    List<String> list =
        new ArrayList<>(spec.competencies() == null ? current : spec.competencies());
    if (!list.contains(competency)) {
      list.add(competency);
    }
    return new ModuleSpec(
        spec.title(), spec.credits(), spec.hours(), list, spec.learningOutcomes(), spec.lessons());
  }

  private static String note(String before, ProposalAccepted accepted) {
    String line =
        "Proposal "
            + accepted.proposalId()
            + " ("
            + accepted.kind().code()
            + "): "
            + accepted.title()
            + ". Accepted: "
            + accepted.reason();
    return cut(before.isEmpty() ? line : before + "\n" + line, MAX_NOTE);
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
