package kz.kenes.crowdsourcing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import kz.kenes.crowdsourcing.domain.ModuleSpec;
import kz.kenes.crowdsourcing.domain.RevisionChange;
import kz.kenes.crowdsourcing.domain.RevisionChangeKind;
import kz.kenes.identity.domain.UniversityScope;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.program.application.ModuleCatalog;
import kz.kenes.program.application.ModuleCommand;
import kz.kenes.program.domain.EducationalProgram;
import kz.kenes.program.domain.Lesson;
import kz.kenes.program.domain.ModuleContent;
import kz.kenes.program.domain.ProgramModule;

/**
 * A revision's changes as the program context sees them: each one checked against the program (the
 * module exists, or does not for a new one; the content it leads to is a valid module) and applied
 * through the program's {@link ModuleCatalog}, which writes the module versions.
 */
@ApplicationScoped
public class RevisionModules {

  @Inject ModuleCatalog modules;

  /** Refuses a change the program cannot take, naming the field; returns it unchanged. */
  RevisionChange check(EducationalProgram program, RevisionChange change) {
    Optional<ProgramModule> module = program.module(change.moduleCode());
    if (change.kind() == RevisionChangeKind.NEW_MODULE) {
      if (module.isPresent()) {
        throw new Conflict(
            "Program " + program.code() + " already has a module " + change.moduleCode() + ".");
      }
      command(change.moduleCode(), change.spec(), null).validate();
      return change;
    }
    ProgramModule existing =
        module.orElseThrow(
            () ->
                new InvalidInput(
                    "moduleCode",
                    "Program " + program.code() + " has no module " + change.moduleCode() + "."));
    if (change.kind().writesVersion()) {
      command(change.moduleCode(), change.spec(), existing.current().content()).validate();
    }
    return change;
  }

  /** Applies the change: the module's version before and after it. */
  RevisionChange apply(UniversityScope scope, EducationalProgram program, RevisionChange change) {
    String code = change.moduleCode();
    try {
      if (change.kind() == RevisionChangeKind.NEW_MODULE) {
        ProgramModule added = modules.add(scope, program.id(), command(code, change.spec(), null));
        return change.applied(0, added.currentVersion());
      }
      ProgramModule module = modules.find(scope, program.id(), code);
      int before = module.currentVersion();
      if (!change.kind().writesVersion()) {
        return change.applied(before, before);
      }
      ModuleCommand command = command(code, change.spec(), module.current().content());
      ProgramModule revised = modules.revise(scope, program.id(), code, command);
      return change.applied(before, revised.currentVersion());
    } catch (InvalidInput refused) {
      throw new InvalidInput(
          "changes",
          "The change of module " + code + " cannot be applied: " + refused.getMessage());
    }
  }

  /** The module command a change leads to: its fields over the current content (none: new). */
  static ModuleCommand command(String code, ModuleSpec spec, ModuleContent current) {
    return new ModuleCommand(
        code,
        spec.title() != null ? spec.title() : current == null ? null : current.title(),
        spec.credits() != null ? spec.credits() : current == null ? null : current.credits(),
        spec.hours() != null ? spec.hours() : current == null ? null : current.hours(),
        spec.competencies() != null
            ? spec.competencies()
            : current == null ? null : current.outline().competencies(),
        spec.learningOutcomes() != null
            ? spec.learningOutcomes()
            : current == null ? null : current.outline().learningOutcomes(),
        spec.lessons() != null ? lessons(spec.lessons()) : current == null ? null : kept(current));
  }

  private static List<ModuleCommand.LessonCommand> lessons(List<ModuleSpec.LessonSpec> given) {
    return given.stream()
        .map(l -> l == null ? null : new ModuleCommand.LessonCommand(l.title(), l.steps()))
        .toList();
  }

  private static List<ModuleCommand.LessonCommand> kept(ModuleContent current) {
    return current.outline().lessons().stream()
        .map((Lesson l) -> new ModuleCommand.LessonCommand(l.title(), l.steps()))
        .toList();
  }
}
