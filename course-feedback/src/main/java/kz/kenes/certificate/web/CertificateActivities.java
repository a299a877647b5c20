package kz.kenes.certificate.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import kz.kenes.certificate.application.CertificateRules;
import kz.kenes.certificate.application.Certificates;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.identity.domain.SessionStore;
import kz.kenes.platform.activity.Activity;
import kz.kenes.platform.activity.ActivityCaller;
import kz.kenes.platform.activity.ActivityProvider;
import kz.kenes.platform.domain.NotFound;

/**
 * The course's certificate as an activity an instructor places in a course page (type {@code
 * certificate}, one per course, id {@value #COURSE}): the picker offers it to the course's staff; a
 * launch of the placed link opens, for a learner, their progress and certificates ({@link
 * MyCertificatePagesResource}), for staff the course's certificates page. It reports no grade.
 */
@ApplicationScoped
public class CertificateActivities implements ActivityProvider {

  public static final String TYPE = "certificate";

  /** The one certificate activity of a course: the course's own. */
  public static final String COURSE = "course";

  @Inject SessionStore sessions;
  @Inject Certificates certificates;
  @Inject CertificateRules rules;

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public List<Activity> placeable(ActivityCaller caller) {
    KenesSession session = session(caller);
    certificates.staffCourse(session);
    String title = rules.editing(session).settings().title();
    return List.of(
        new Activity(
            TYPE,
            COURSE,
            title == null || title.isBlank() ? "Certificate" : "Certificate: " + title.strip(),
            false,
            CertificatePagesResource.PATH));
  }

  @Override
  public Optional<String> landing(ActivityCaller caller, String id) {
    if (!COURSE.equals(id)) {
      throw new NotFound("certificate-activity-not-found", "There is no certificate " + id + ".");
    }
    KenesSession session = session(caller);
    if (certificates.isLearner(session)) {
      return Optional.of(MyCertificatePagesResource.PATH);
    }
    certificates.staffCourse(session);
    return Optional.of(CertificatePagesResource.PATH);
  }

  @Override
  public Optional<String> creationPath() {
    return Optional.empty();
  }

  private KenesSession session(ActivityCaller caller) {
    return sessions.requireById(caller.sessionId());
  }
}
