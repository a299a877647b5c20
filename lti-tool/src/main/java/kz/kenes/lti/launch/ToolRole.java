package kz.kenes.lti.launch;

/**
 * What a launching user may do in Kenes, derived from the LTI roles by {@link RoleMapper}: learners
 * answer and propose, instructors set up resources and read feedback, administrators manage
 * programs across courses. Declared from lowest to highest.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#role-vocabularies">LTI 1.3 Appendix A.2
 *     Role vocabularies</a>
 */
public enum ToolRole {
  LEARNER,
  INSTRUCTOR,
  ADMIN;

  /** The higher of this role and {@code other}. */
  public ToolRole max(ToolRole other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
