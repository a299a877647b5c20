package kz.kenes.crowdsourcing.domain;

import java.util.List;
import java.util.Optional;

/**
 * The store of program revision records. Drafts are written whole ({@link #storeDraft}); a record
 * is sealed once ({@link #seal}) and never written again: no method updates or deletes a sealed
 * row.
 */
public interface RevisionRecords {

  /** Inserts a new draft or rewrites a draft with its changes; the record with its id. */
  RevisionRecord storeDraft(RevisionRecord draft);

  /** Deletes a draft (a sealed record stays forever); whether there was one. */
  boolean deleteDraft(long id);

  /**
   * Writes the seal and the applied changes of a draft; refused (a {@link
   * kz.kenes.platform.domain.Conflict}) when the record is sealed already or another record took
   * the position in the chain.
   */
  void seal(RevisionRecord sealed);

  Optional<RevisionRecord> find(long id);

  /** A page of a program's records, newest first. */
  List<RevisionRecord> findByProgram(long programId, int offset, int limit);

  long countByProgram(long programId);

  /** The records of a program that change the module, newest first. */
  List<RevisionRecord> findByModule(long programId, String moduleCode);

  /** The program's sealed records in the order of their positions: the chain. */
  List<RevisionRecord> chain(long programId);

  /** The last sealed record of the program's chain, if any. */
  Optional<RevisionRecord.Seal> lastSeal(long programId);

  void link(RevisionMonitoring link);

  boolean unlink(long revisionId, long roundId);

  List<RevisionMonitoring> links(long revisionId);
}
