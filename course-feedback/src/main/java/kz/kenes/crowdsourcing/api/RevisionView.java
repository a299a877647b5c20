package kz.kenes.crowdsourcing.api;

import java.util.List;
import kz.kenes.crowdsourcing.domain.ModuleSpec;
import kz.kenes.crowdsourcing.domain.RevisionChange;
import kz.kenes.crowdsourcing.domain.RevisionRecord;

/** A revision record as the API answers it (docs/revisions.md). */
public record RevisionView(
    long id,
    long programId,
    String programCode,
    String title,
    String summary,
    Long correctsId,
    String status,
    String createdBy,
    String createdAt,
    String sealedBy,
    String sealedAt,
    Integer position,
    String previousHash,
    String recordHash,
    List<ChangeView> changes) {

  /** A change of the record. */
  public record ChangeView(
      int number,
      String kind,
      String moduleCode,
      ModuleSpec spec,
      String note,
      List<Long> proposalIds,
      String approvedBy,
      String approvedAt,
      Integer fromVersion,
      Integer toVersion) {}

  public static RevisionView of(RevisionRecord record) {
    RevisionRecord.Seal seal = record.seal();
    List<RevisionChange> changes = record.changes();
    List<ChangeView> views =
        java.util.stream.IntStream.range(0, changes.size())
            .mapToObj(i -> change(i + 1, changes.get(i)))
            .toList();
    return new RevisionView(
        record.id(),
        record.programId(),
        record.programCode(),
        record.title(),
        record.summary(),
        record.correctsId(),
        record.status().name().toLowerCase(java.util.Locale.ROOT),
        record.createdBy(),
        record.createdAt().toString(),
        seal == null ? null : seal.sealedBy(),
        seal == null ? null : seal.sealedAt().toString(),
        seal == null ? null : seal.position(),
        seal == null ? null : seal.previousHash(),
        seal == null ? null : seal.recordHash(),
        views);
  }

  private static ChangeView change(int number, RevisionChange change) {
    return new ChangeView(
        number,
        change.kind().code(),
        change.moduleCode(),
        change.spec(),
        change.note(),
        change.proposalIds(),
        change.approvedBy(),
        change.approvedAt().toString(),
        change.fromVersion(),
        change.toVersion());
  }
}
