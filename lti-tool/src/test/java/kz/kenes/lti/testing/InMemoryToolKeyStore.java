package kz.kenes.lti.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.kenes.lti.security.keys.StoredToolKey;
import kz.kenes.lti.security.keys.ToolKeyStore;

/** A {@link ToolKeyStore} in a list, for tests; the newest unretired key is the active one. */
public final class InMemoryToolKeyStore implements ToolKeyStore {

  private final List<StoredToolKey> keys = new ArrayList<>();

  @Override
  public synchronized Optional<StoredToolKey> findActive() {
    return keys.stream().filter(StoredToolKey::isActive).reduce((older, newer) -> newer);
  }

  @Override
  public synchronized List<StoredToolKey> findPublished(Instant now) {
    return keys.stream().filter(k -> k.isPublishedAt(now)).toList();
  }

  @Override
  public synchronized void store(StoredToolKey key) {
    keys.add(key);
  }

  @Override
  public synchronized void retire(String kid, Instant retiredAt, Instant publishUntil) {
    keys.replaceAll(
        k ->
            k.kid().equals(kid)
                ? new StoredToolKey(
                    k.kid(), k.privateJwkJson(), k.createdAt(), retiredAt, publishUntil)
                : k);
  }

  public synchronized List<StoredToolKey> all() {
    return List.copyOf(keys);
  }
}
