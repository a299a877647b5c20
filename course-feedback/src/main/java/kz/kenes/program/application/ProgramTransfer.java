package kz.kenes.program.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.kenes.identity.domain.UniversityScope;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.program.domain.EducationalProgram;
import kz.kenes.program.domain.ModuleContent;
import kz.kenes.program.domain.ProgramRepository;
import kz.kenes.program.domain.University;
import kz.kenes.program.domain.UniversityRepository;

/**
 * Exports a program with its modules as a {@link ProgramDocument} and imports one. An import checks
 * the whole document first (a 400 names the field, e.g. {@code modules[2].credits}) and then stores
 * it in one transaction. When the university already has the program code it is a 409, unless
 * {@code replace}: then the program is described anew, changed modules get a new version, new
 * modules are added and modules missing from the document are left as they are.
 */
@ApplicationScoped
public class ProgramTransfer {

  @Inject ProgramRepository programs;
  @Inject UniversityRepository universities;
  @Inject ProgramCatalog catalog;
  @Inject Clock clock;

  /** The outcome of an import: the stored program and whether it was new. */
  public record Imported(EducationalProgram program, boolean created) {}

  public ProgramDocument export(UniversityScope scope, long programId) {
    return ProgramDocument.of(catalog.find(scope, programId));
  }

  /** Imports into the document's university, which the caller must administer (403 otherwise). */
  public Imported importProgram(UniversityScope scope, ProgramDocument document, boolean replace) {
    Checked checked = check(document);
    scope.require(checked.university().id(), "University " + checked.university().code());
    Optional<EducationalProgram> existing =
        programs.find(checked.university(), checked.program().code());
    if (existing.isPresent() && !replace) {
      throw new Conflict(
          "University "
              + checked.university().code()
              + " already has a program "
              + checked.program().code()
              + ": import with ?replace=true to revise it.");
    }
    Instant now = clock.instant();
    EducationalProgram program = existing.orElseGet(() -> newProgram(checked, now));
    ProgramCommand.Valid p = checked.program();
    program.describe(p.code(), p.name(), p.field(), p.level(), p.languages());
    checked
        .modules()
        .forEach(
            (code, content) ->
                program
                    .module(code)
                    .ifPresentOrElse(
                        m -> m.revise(content, now), () -> program.addModule(code, content, now)));
    return new Imported(programs.store(program), existing.isEmpty());
  }

  private record Checked(
      University university, ProgramCommand.Valid program, Map<String, ModuleContent> modules) {}

  private Checked check(ProgramDocument document) {
    if (document == null || document.program() == null) {
      throw new InvalidInput("program", "'program' is required.");
    }
    if (document.format() != null && !ProgramDocument.FORMAT.equals(document.format())) {
      throw new InvalidInput(
          "format", "'format' must be " + ProgramDocument.FORMAT + " (or left out).");
    }
    String universityCode =
        Fields.code(
            "university.code", document.university() == null ? null : document.university().code());
    University university =
        universities
            .find(universityCode)
            .orElseThrow(
                () ->
                    new InvalidInput(
                        "university.code",
                        "No university with code " + universityCode + ": register it first."));
    ProgramDocument.ProgramPart part = document.program();
    ProgramCommand.Valid program =
        Fields.prefixed(
            "program.",
            () ->
                new ProgramCommand(
                        university.id(),
                        part.code(),
                        part.name(),
                        part.field(),
                        part.level(),
                        part.languages())
                    .validate());
    return new Checked(university, program, modules(document.modules()));
  }

  private static Map<String, ModuleContent> modules(List<ModuleCommand> modules) {
    Map<String, ModuleContent> checked = new LinkedHashMap<>();
    List<ModuleCommand> given = modules == null ? List.of() : modules;
    for (int i = 0; i < given.size(); i++) {
      String field = "modules[" + i + "]";
      ModuleCommand module = Fields.required(field, given.get(i));
      String code = Fields.code(field + ".code", module.code());
      if (checked.containsKey(code)) {
        throw new InvalidInput(
            field + ".code", "'" + field + ".code': module " + code + " appears twice.");
      }
      checked.put(code, Fields.prefixed(field + ".", module::validate));
    }
    return checked;
  }

  private static EducationalProgram newProgram(Checked checked, Instant now) {
    ProgramCommand.Valid p = checked.program();
    return new EducationalProgram(
        checked.university(), p.code(), p.name(), p.field(), p.level(), p.languages(), now);
  }
}
