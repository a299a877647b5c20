package kz.kenes.program.api;

import java.time.Instant;
import java.util.List;
import kz.kenes.program.domain.Lesson;
import kz.kenes.program.domain.ModuleContent;
import kz.kenes.program.domain.ModuleVersion;
import kz.kenes.program.domain.ProgramModule;

/** One version of a module as the admin API shows it, with the number of the current one. */
public record ModuleView(
    String code,
    int position,
    int version,
    int currentVersion,
    String title,
    int credits,
    int hours,
    List<String> competencies,
    List<String> learningOutcomes,
    List<Lesson> lessons,
    Instant createdAt) {

  public static ModuleView current(ProgramModule module) {
    return of(module, module.current());
  }

  public static ModuleView of(ProgramModule module, ModuleVersion version) {
    ModuleContent content = version.content();
    return new ModuleView(
        module.code(),
        module.position(),
        version.number(),
        module.currentVersion(),
        content.title(),
        content.credits(),
        content.hours(),
        content.outline().competencies(),
        content.outline().learningOutcomes(),
        content.outline().lessons(),
        version.createdAt());
  }
}
