package kz.kenes.survey.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.identity.domain.SessionStore;
import kz.kenes.platform.activity.Activity;
import kz.kenes.platform.activity.ActivityCaller;
import kz.kenes.platform.activity.ActivityProvider;
import kz.kenes.platform.domain.NotAllowed;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.program.application.CoursePlanning;
import kz.kenes.program.domain.ProgramModule;
import kz.kenes.survey.application.ModuleFeedback;

/**
 * Module feedback as an activity an instructor places in a course page (type {@value #TYPE}, id the
 * module's id: {@code module-feedback:42}): the picker lists the modules the caller's course
 * delivers; a launch of the placed link opens, for a learner, the module's feedback page (403 when
 * their course does not deliver it), and for staff the module feedback report of the course. A
 * rating reports nothing to the gradebook.
 */
@ApplicationScoped
public class ModuleFeedbackActivities implements ActivityProvider {

  public static final String TYPE = "module-feedback";

  /** The staff's page of the module feedback report. */
  static final String REPORT_PATH = "/app/course/module-feedback";

  @Inject SessionStore sessions;
  @Inject CoursePlanning courses;
  @Inject ModuleFeedback feedback;

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public List<Activity> placeable(ActivityCaller caller) {
    KenesSession session = staff(session(caller));
    if (session.contextRef() == null) {
      return List.of();
    }
    return courses.deliveredModules(session.contextRef()).stream()
        .map(ModuleFeedbackActivities::activity)
        .toList();
  }

  @Override
  public Optional<String> landing(ActivityCaller caller, String id) {
    long moduleId = moduleId(id);
    KenesSession session = session(caller);
    if (session.role() == KenesRole.LEARNER) {
      feedback.form(session, moduleId);
      return Optional.of(ModuleFeedbackPageResource.path(moduleId));
    }
    staff(session);
    if (session.contextRef() == null
        || courses.deliveredModules(session.contextRef()).stream()
            .noneMatch(m -> m.id() == moduleId)) {
      throw new NotAllowed(
          "Module " + moduleId + " is not delivered by the course you launched Kenes from.");
    }
    return Optional.of(REPORT_PATH);
  }

  @Override
  public Optional<String> creationPath() {
    return Optional.empty();
  }

  private static Activity activity(ProgramModule module) {
    return new Activity(
        TYPE,
        module.id().toString(),
        module.code() + " — " + module.title(),
        false,
        ModuleFeedbackPageResource.path(module.id()));
  }

  private static KenesSession staff(KenesSession session) {
    if (session.role() != KenesRole.INSTRUCTOR && !session.isAdmin()) {
      throw new NotAllowed("Only instructors and administrators place module feedback.");
    }
    return session;
  }

  private KenesSession session(ActivityCaller caller) {
    return sessions.requireById(caller.sessionId());
  }

  private static long moduleId(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new NotFound("There is no module " + id + ".");
    }
  }
}
