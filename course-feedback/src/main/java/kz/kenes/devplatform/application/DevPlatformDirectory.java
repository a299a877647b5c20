package kz.kenes.devplatform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import kz.kenes.integration.lti.application.LtiIdentities;

/**
 * The people and courses of the development platform: the users and contexts Kenes knows for the
 * platform's registration and deployment (the demo seed creates them), asked of the LTI adapter's
 * {@link LtiIdentities}. A real LMS has its own directory; this one borrows Kenes's, so that what
 * the course page offers is what Kenes holds.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DevPlatformDirectory {

  @Inject LtiIdentities identities;

  public List<PlatformUser> users(long registrationId) {
    return identities.users(registrationId).stream().map(DevPlatformDirectory::user).toList();
  }

  public Optional<PlatformUser> user(long registrationId, String subject) {
    return identities.user(registrationId, subject).map(DevPlatformDirectory::user);
  }

  public List<PlatformCourse> courses(long registrationId) {
    return identities.courses(registrationId, DevPlatform.DEPLOYMENT_ID).stream()
        .map(DevPlatformDirectory::course)
        .toList();
  }

  public Optional<PlatformCourse> course(long registrationId, String contextId) {
    return identities
        .course(registrationId, DevPlatform.DEPLOYMENT_ID, contextId)
        .map(DevPlatformDirectory::course);
  }

  private static PlatformUser user(LtiIdentities.User u) {
    return new PlatformUser(u.subject(), u.displayName(), u.givenName(), u.familyName(), u.email());
  }

  private static PlatformCourse course(LtiIdentities.Course c) {
    return new PlatformCourse(c.contextId(), c.label(), c.title());
  }
}
