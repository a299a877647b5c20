package kz.kenes.lti.services.ags;

/** What became of a score the platform answered without an error. */
public enum ScoreOutcome {
  /** The platform stored it (200, 201, 202 or 204). */
  STORED,
  /**
   * The platform holds a score at least as recent (Moodle's 409 for a {@code timestamp} not later
   * than the stored one): nothing to deliver any more.
   */
  SUPERSEDED
}
