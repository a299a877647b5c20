package kz.kenes.program.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import kz.kenes.identity.domain.Courses;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.program.domain.LinkedModuleRepository;
import kz.kenes.program.domain.ProgramModule;
import kz.kenes.program.domain.ProgramRepository;

/**
 * The program module a resource link of a course points at. The link must be a placement in that
 * course (else 404) and the module one the course delivers (else 400 naming {@code moduleId}). Who
 * may call is decided by the API or page (staff of the course); every refusal is decided before
 * anything is stored.
 */
@ApplicationScoped
public class LinkedModules {

  @Inject LinkedModuleRepository links;
  @Inject ProgramRepository programs;
  @Inject Courses courses;

  /** The module the link points at, if any. */
  public Optional<ProgramModule> moduleOf(long contextRef, long resourceLinkRef) {
    requireLinkOfCourse(contextRef, resourceLinkRef);
    return moduleOf(resourceLinkRef);
  }

  /** The module a link points at, for the pages of a launch from that link. */
  public Optional<ProgramModule> moduleOf(long resourceLinkRef) {
    return links.shownModuleIdOf(resourceLinkRef).flatMap(programs::findModule);
  }

  /** Points the link at a module the course delivers; answers that module. */
  public ProgramModule point(long contextRef, long resourceLinkRef, Long moduleId) {
    requireLinkOfCourse(contextRef, resourceLinkRef);
    long id = Fields.required("moduleId", moduleId);
    ProgramModule module =
        programs.findModulesDeliveredIn(contextRef).stream()
            .filter(m -> m.id() == id)
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidInput(
                        "moduleId",
                        "Course "
                            + contextRef
                            + " does not deliver a module with id "
                            + id
                            + ": choose one of its modules (GET /api/courses/"
                            + contextRef
                            + "/modules)."));
    links.store(resourceLinkRef, module.id());
    return module;
  }

  /** The link points at no module any more. */
  public void clear(long contextRef, long resourceLinkRef) {
    requireLinkOfCourse(contextRef, resourceLinkRef);
    links.remove(resourceLinkRef);
  }

  private void requireLinkOfCourse(long contextRef, long resourceLinkRef) {
    if (!courses.exists(contextRef)) {
      throw new NotFound("Kenes knows no course with id " + contextRef + ".");
    }
    if (!courses.hasResourceLink(contextRef, resourceLinkRef)) {
      throw new NotFound(
          "Course " + contextRef + " has no resource link with id " + resourceLinkRef + ".");
    }
  }
}
