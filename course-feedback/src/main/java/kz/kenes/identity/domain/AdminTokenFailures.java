package kz.kenes.identity.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * Wrong admin tokens per client, kept where every node sees them (the table {@code
 * admin_token_failure}), so that a guesser cannot spread tries over the nodes. A client is a key
 * the caller derives from its address; the address itself is never stored.
 */
public interface AdminTokenFailures {

  /** The failures of one client since {@code start}. */
  record Window(Instant start, int failures) {}

  Optional<Window> find(String clientKey);

  /**
   * Counts one more failure: in the client's window, or in a new one from {@code now} when there is
   * none or it started before {@code windowCutoff}. One statement in the common case, safe on any
   * number of nodes at once.
   */
  void recordFailure(String clientKey, Instant now, Instant windowCutoff);

  /** Forgets the client's failures (the right token was given). */
  void clear(String clientKey);
}
