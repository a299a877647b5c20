package kz.kenes.identity.domain;

/**
 * Looks up who a session's caller is. Implemented by the adapter the caller came through (the LTI
 * adapter keeps users, courses and resource links), so identity does not read its tables.
 */
public interface CallerProfiles {

  /** The person, course and placement of a session, in one look-up. */
  CallerProfile of(KenesSession session);

  /**
   * The person and course of a learner known by reference, when no session of theirs is at hand (a
   * certificate issued on an event); no placement.
   */
  CallerProfile of(long userRef, long contextRef);
}
