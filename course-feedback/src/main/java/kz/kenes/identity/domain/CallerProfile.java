package kz.kenes.identity.domain;

import java.util.Optional;

/**
 * What a session refers to, as pages and {@code /api/me} show it: the person, the course and the
 * resource link of the launch. Each is absent when the session has none (the admin token has none
 * of them).
 */
public record CallerProfile(
    Optional<Person> person, Optional<Course> course, Optional<Placement> placement) {

  /** The profile of a session with no launch behind it. */
  public static final CallerProfile NONE =
      new CallerProfile(Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * The person: the platform's user id ({@code sub}), a name to show, an email, and whether the
   * launch behind this profile was the person's first (set only on the profile a launch hands to
   * its landing page, ADR 0038: such a person has no history in Kenes yet).
   */
  public record Person(String subject, String displayName, String email, boolean firstLaunch) {

    /** A person as stored, not known to be new. */
    public Person(String subject, String displayName, String email) {
      this(subject, displayName, email, false);
    }
  }

  /** A course (LTI context) by its Kenes id, the platform's context id, label and title. */
  public record Course(long id, String contextId, String label, String title) {

    /** The title, else the label. */
    public String shownTitle() {
      return title != null && !title.isBlank() ? title : label;
    }
  }

  /** A resource link: where in a course Kenes was placed. */
  public record Placement(long id, String linkId, String title) {}
}
