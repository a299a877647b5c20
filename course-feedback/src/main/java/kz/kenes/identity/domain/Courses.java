package kz.kenes.identity.domain;

import java.util.List;
import java.util.Optional;

/**
 * The courses Kenes has been launched from and the resource links placed in them, as the other
 * contexts may ask about them (by Kenes id). Implemented by the LTI adapter, which records them.
 */
public interface Courses {

  /** Whether a course with this Kenes id exists. */
  boolean exists(long contextRef);

  /** Whether the resource link with this Kenes id is a placement in this course. */
  boolean hasResourceLink(long contextRef, long resourceLinkRef);

  /**
   * The university the course belongs to: the one its platform registration serves; empty for an
   * unknown course or a registration bound to no university.
   */
  Optional<Long> universityOf(long contextRef);

  /** The Kenes ids of the course's resource links. */
  List<Long> resourceLinksOf(long contextRef);
}
