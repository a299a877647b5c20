package kz.kenes.integration.lti.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import kz.kenes.integration.lti.persistence.JdbcRoster;
import kz.kenes.platform.activity.CourseRosters;

/** The platform's {@link CourseRosters}: the synced roster of {@code lti_roster_member}. */
@ApplicationScoped
public class LtiCourseRosters implements CourseRosters {

  @Inject JdbcRoster roster;

  @Override
  public Optional<Map<String, Enrolled>> enrolled(long contextRef) {
    return roster.enrolled(contextRef);
  }
}
