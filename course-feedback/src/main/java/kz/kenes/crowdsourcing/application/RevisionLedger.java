package kz.kenes.crowdsourcing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.kenes.crowdsourcing.domain.RevisionChain;
import kz.kenes.crowdsourcing.domain.RevisionChange;
import kz.kenes.crowdsourcing.domain.RevisionHash;
import kz.kenes.crowdsourcing.domain.RevisionRecord;
import kz.kenes.crowdsourcing.domain.RevisionRecords;
import kz.kenes.identity.domain.UniversityScope;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.program.application.ProgramCatalog;
import kz.kenes.program.domain.EducationalProgram;

/**
 * The program revision records (docs/revisions.md): a draft collects changes; {@link #apply} writes
 * the module versions and seals the record in one transaction; {@link #check} says whether a
 * program's chain of sealed records is intact. Every call names the caller's {@link
 * UniversityScope}: an administrator reaches the programs of their university only.
 */
@ApplicationScoped
public class RevisionLedger {

  @Inject RevisionRecords records;
  @Inject ProgramCatalog programs;
  @Inject RevisionModules modules;
  @Inject RevisionProposals proposals;
  @Inject Clock clock;

  /** A page of a program's records, newest first, with the total. */
  public record Page(List<RevisionRecord> items, long total) {}

  public RevisionRecord open(
      UniversityScope scope, long programId, RevisionCommand command, String caller) {
    RevisionCommand.Valid valid = command.validate();
    EducationalProgram program = programs.find(scope, programId);
    if (valid.correctsId() != null
        && records
            .find(valid.correctsId())
            .filter(r -> r.programId() == programId && r.isSealed())
            .isEmpty()) {
      throw new InvalidInput(
          "correctsId", "A correction names a sealed revision of the same program.");
    }
    return records.storeDraft(
        RevisionRecord.draft(
            program.university().id(),
            program.id(),
            program.code(),
            valid.title(),
            valid.summary(),
            valid.correctsId(),
            caller,
            clock.instant()));
  }

  public RevisionRecord find(UniversityScope scope, long id) {
    RevisionRecord record =
        records.find(id).orElseThrow(() -> new NotFound("There is no revision " + id + "."));
    scope.require(record.universityId(), "Revision " + id);
    return record;
  }

  public RevisionRecord describe(UniversityScope scope, long id, RevisionCommand command) {
    RevisionCommand.Valid valid = command.validate();
    RevisionRecord record = find(scope, id);
    record.describe(valid.title(), valid.summary());
    return records.storeDraft(record);
  }

  public RevisionRecord addChange(
      UniversityScope scope, long id, ChangeCommand command, String caller) {
    RevisionChange change = command.validate(caller, clock.instant());
    RevisionRecord record = find(scope, id);
    EducationalProgram program = programs.find(scope, record.programId());
    record.addChange(modules.check(program, proposals.check(program.id(), change)));
    return records.storeDraft(record);
  }

  /** Removes change number {@code number} (1-based) of a draft. */
  public RevisionRecord removeChange(UniversityScope scope, long id, int number) {
    RevisionRecord record = find(scope, id);
    record.removeChange(number - 1);
    return records.storeDraft(record);
  }

  public void discard(UniversityScope scope, long id) {
    RevisionRecord record = find(scope, id);
    if (record.isSealed() || !records.deleteDraft(id)) {
      throw new Conflict(
          "Revision " + id + " is sealed: a sealed record is never removed; record a correction.");
    }
  }

  /**
   * Applies a draft: every change writes its module version through the program context, then the
   * record is sealed after the last record of the program's chain. One transaction: a change that
   * fails leaves no module version and no seal.
   */
  @Transactional
  public RevisionRecord apply(UniversityScope scope, long id, String caller) {
    RevisionRecord record = find(scope, id);
    if (record.isSealed()) {
      throw new Conflict("Revision " + id + " is applied and sealed already.");
    }
    EducationalProgram program = programs.find(scope, record.programId());
    List<RevisionChange> applied = new ArrayList<>();
    for (RevisionChange change : record.changes()) {
      applied.add(modules.apply(scope, program, change));
    }
    Optional<RevisionRecord.Seal> last = records.lastSeal(record.programId());
    record.seal(
        applied,
        caller,
        clock.instant(),
        last.map(s -> s.position() + 1).orElse(1),
        last.map(RevisionRecord.Seal::recordHash).orElse(RevisionHash.GENESIS));
    records.seal(record);
    return record;
  }

  public Page history(UniversityScope scope, long programId, int offset, int limit) {
    programs.find(scope, programId);
    return new Page(
        records.findByProgram(programId, offset, limit), records.countByProgram(programId));
  }

  public List<RevisionRecord> moduleHistory(UniversityScope scope, long programId, String code) {
    programs.find(scope, programId);
    return records.findByModule(programId, code);
  }

  /** Whether the program's chain is intact, and where it breaks. */
  public RevisionChain.Verdict check(UniversityScope scope, long programId) {
    programs.find(scope, programId);
    return RevisionChain.check(records.chain(programId));
  }
}
