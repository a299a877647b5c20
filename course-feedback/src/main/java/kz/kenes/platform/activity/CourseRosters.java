package kz.kenes.platform.activity;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A course's roster as the platform listed it at the last sync (Names and Role Provisioning
 * Services), for response rates: per Kenes role code ({@code learner}, {@code instructor}, {@code
 * admin}) the active members and, of them, the Kenes user refs of those who have launched Kenes
 * (only they can have answered as themselves). Implemented by the LTI adapter; a context asks it
 * without knowing LTI.
 */
public interface CourseRosters {

  /** The course's active roster per role code; empty when its roster was never synced. */
  Optional<Map<String, Enrolled>> enrolled(long contextRef);

  /** Active members of one role: how many, and the user refs of those known to Kenes. */
  record Enrolled(int members, Set<Long> userRefs) {
    public Enrolled {
      userRefs = Set.copyOf(userRefs);
    }
  }
}
