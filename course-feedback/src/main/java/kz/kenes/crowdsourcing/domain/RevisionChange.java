package kz.kenes.crowdsourcing.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One change of a {@link RevisionRecord}: which module (its code; a new module's new code), what
 * changes ({@link RevisionChangeKind} and the {@link ModuleSpec} it leads to), the proposals it
 * comes from (their ids, in increasing order), who approved it and when. Applying the revision
 * fills in the module versions before and after ({@code fromVersion} 0 for a new module; both equal
 * when the change altered nothing or was a removal).
 */
public record RevisionChange(
    RevisionChangeKind kind,
    String moduleCode,
    ModuleSpec spec,
    String note,
    List<Long> proposalIds,
    String approvedBy,
    Instant approvedAt,
    Integer fromVersion,
    Integer toVersion) {

  public RevisionChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(moduleCode, "moduleCode");
    spec = spec == null ? ModuleSpec.NONE : spec;
    note = note == null ? "" : note;
    proposalIds =
        proposalIds == null ? List.of() : proposalIds.stream().sorted().distinct().toList();
    Objects.requireNonNull(approvedBy, "approvedBy");
    approvedAt = RevisionRecord.millis(Objects.requireNonNull(approvedAt, "approvedAt"));
  }

  /** The change as applied: the module's version before and after it. */
  public RevisionChange applied(int from, int to) {
    return new RevisionChange(
        kind, moduleCode, spec, note, proposalIds, approvedBy, approvedAt, from, to);
  }

  public boolean isApplied() {
    return fromVersion != null && toVersion != null;
  }
}
