package kz.kenes.program.api;

import java.util.List;
import kz.kenes.program.domain.ModuleContent;
import kz.kenes.program.domain.ProgramModule;

/** The module a resource link points at, as its current version says it. */
public record LinkedModuleView(
    long resourceLinkRef,
    long moduleId,
    long programId,
    String programCode,
    String code,
    int version,
    String title,
    int credits,
    List<String> learningOutcomes) {

  public static LinkedModuleView of(long resourceLinkRef, ProgramModule module) {
    ModuleContent content = module.current().content();
    return new LinkedModuleView(
        resourceLinkRef,
        module.id(),
        module.program().id(),
        module.program().code(),
        module.code(),
        module.currentVersion(),
        content.title(),
        content.credits(),
        content.outline().learningOutcomes());
  }
}
