package kz.kenes.program.application;

import java.util.List;
import kz.kenes.program.application.ModuleCommand.LessonCommand;
import kz.kenes.program.domain.EducationalProgram;
import kz.kenes.program.domain.ModuleContent;
import kz.kenes.program.domain.ProgramModule;
import kz.kenes.program.domain.TeachingLanguage;

/**
 * A program with its modules as one JSON document ({@value #FORMAT}): what {@code GET …/export}
 * writes and {@code POST …/import} reads. The university is named by its code; each module appears
 * as its current version.
 */
public record ProgramDocument(
    String format, UniversityPart university, ProgramPart program, List<ModuleCommand> modules) {

  /** The format name and version written into every document. */
  public static final String FORMAT = "kenes-program/1";

  /** The owning university, by code (its name is informative). */
  public record UniversityPart(String code, String name) {}

  /** What describes the program. */
  public record ProgramPart(
      String code, String name, String field, String level, List<String> languages) {}

  public static ProgramDocument of(EducationalProgram program) {
    return new ProgramDocument(
        FORMAT,
        new UniversityPart(program.university().code(), program.university().name()),
        new ProgramPart(
            program.code(),
            program.name(),
            program.field(),
            program.level().code(),
            program.languages().stream().map(TeachingLanguage::code).toList()),
        program.modules().stream().map(ProgramDocument::module).toList());
  }

  private static ModuleCommand module(ProgramModule module) {
    ModuleContent content = module.current().content();
    return new ModuleCommand(
        module.code(),
        content.title(),
        content.credits(),
        content.hours(),
        content.outline().competencies(),
        content.outline().learningOutcomes(),
        content.outline().lessons().stream()
            .map(l -> new LessonCommand(l.title(), l.steps()))
            .toList());
  }
}
