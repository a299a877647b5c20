package kz.kenes.lti.security.keys;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Persistence of the tool's own signing keys; the application keeps them in the database. */
public interface ToolKeyStore {

  /** The one key that signs today (not retired), if any. */
  Optional<StoredToolKey> findActive();

  /**
   * Every key whose public half is published at {@code now}: the active one and those still in
   * overlap.
   */
  List<StoredToolKey> findPublished(Instant now);

  void store(StoredToolKey key);

  /** Marks the key retired at {@code retiredAt}, still published until {@code publishUntil}. */
  void retire(String kid, Instant retiredAt, Instant publishUntil);
}
