package kz.kenes.integration.lti.application;

/**
 * What the installation's operator decided about a platform registration, as a launch through it
 * needs it: the university it serves (null for none), whether it is the installation's own (its
 * Administrators are operators) and whether {@code system/person#Administrator} counts as
 * instructor (Open edX before 11.1 sends it to all course staff).
 */
public record RegistrationAuthority(
    Long universityId, boolean operator, boolean systemAdminAsInstructor) {

  /** An unknown registration: no university, no operator, roles as sent. */
  public static final RegistrationAuthority NONE = new RegistrationAuthority(null, false, false);
}
