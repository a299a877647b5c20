package kz.kenes.identity.domain;

/**
 * What a person may do in Kenes, derived from the LTI roles of the launch (docs/lti-roles.md):
 * learners answer and propose, instructors run their courses' feedback, admins manage the
 * university's programs and platform registrations.
 */
public enum KenesRole {
  LEARNER,
  INSTRUCTOR,
  ADMIN;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public boolean atLeast(KenesRole other) {
    return compareTo(other) >= 0;
  }
}
