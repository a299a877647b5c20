package kz.kenes.program.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import kz.kenes.identity.domain.UniversityScope;
import kz.kenes.platform.db.DatabaseFailures;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.program.domain.EducationalProgram;
import kz.kenes.program.domain.ModuleContent;
import kz.kenes.program.domain.ModuleVersion;
import kz.kenes.program.domain.ProgramModule;
import kz.kenes.program.domain.ProgramRepository;

/**
 * Adds modules to programs and revises them: a revision that changes anything is a new version of
 * the module, older versions stay readable. Refusals are decided before anything is stored.
 */
@ApplicationScoped
public class ModuleCatalog {

  @Inject ProgramRepository programs;
  @Inject ProgramCatalog catalog;
  @Inject Clock clock;

  public ProgramModule add(UniversityScope scope, long programId, ModuleCommand command) {
    String code = Fields.code("code", command.code());
    ModuleContent content = command.validate();
    EducationalProgram program = catalog.find(scope, programId);
    if (program.module(code).isPresent()) {
      throw new Conflict("Program " + program.code() + " already has a module " + code);
    }
    program.addModule(code, content, clock.instant());
    return storeOrConflict(program, code);
  }

  /** The module's current version after the revision (unchanged when nothing differs). */
  public ProgramModule revise(
      UniversityScope scope, long programId, String code, ModuleCommand command) {
    ModuleContent content = command.validate();
    EducationalProgram program = catalog.find(scope, programId);
    module(program, code).revise(content, clock.instant());
    return storeOrConflict(program, code);
  }

  /**
   * Stores; a unique-key violation means another request added the module or its next version
   * first, which the caller should see as a conflict to retry, not as a server error.
   */
  private ProgramModule storeOrConflict(EducationalProgram program, String code) {
    try {
      return programs.store(program).module(code).orElseThrow();
    } catch (jakarta.persistence.PersistenceException
        | jakarta.transaction.TransactionalException e) {
      if (DatabaseFailures.isUnavailable(e) || DatabaseFailures.isTimeout(e)) {
        throw e; // the database is away: 503, not a conflict to retry at once
      }
      throw new Conflict(
          "Module "
              + code
              + " was changed by someone else at the same moment: load it again and retry.");
    }
  }

  public ProgramModule find(long programId, String code) {
    return module(catalog.find(programId), code);
  }

  /** The module, if the caller administers its program's university. */
  public ProgramModule find(UniversityScope scope, long programId, String code) {
    return module(catalog.find(scope, programId), code);
  }

  public ModuleVersion version(UniversityScope scope, long programId, String code, int number) {
    return find(scope, programId, code)
        .version(number)
        .orElseThrow(() -> new NotFound("Module " + code + " has no version " + number + "."));
  }

  private static ProgramModule module(EducationalProgram program, String code) {
    return program
        .module(code)
        .orElseThrow(
            () -> new NotFound("Program " + program.code() + " has no module " + code + "."));
  }
}
