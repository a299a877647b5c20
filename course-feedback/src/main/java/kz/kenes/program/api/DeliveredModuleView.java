package kz.kenes.program.api;

import kz.kenes.program.domain.ProgramModule;

/**
 * A module a course delivers: its own id (what a resource link points at), its program, code,
 * current version and title.
 */
public record DeliveredModuleView(
    long moduleId,
    long programId,
    String programCode,
    String code,
    int version,
    String title,
    int credits) {

  public static DeliveredModuleView of(ProgramModule module) {
    return new DeliveredModuleView(
        module.id(),
        module.program().id(),
        module.program().code(),
        module.code(),
        module.currentVersion(),
        module.title(),
        module.credits());
  }
}
