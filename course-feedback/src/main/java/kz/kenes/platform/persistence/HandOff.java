package kz.kenes.platform.persistence;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Optional;

/**
 * What one request has just written and committed, given once to the next request that asks for it
 * on this node, instead of a read of the same rows (docs/adr/0038). A launch ends in a redirect to
 * the landing page, which read back the session and the caller's profile the launch had written a
 * few milliseconds before: on a class's first day that was two of every launch's database round
 * trips (issue 14).
 *
 * <p>Only a committed write is handed off (nothing when its transaction rolls back), each value is
 * taken at most once, and a value not taken within its time to live is forgotten. A taken value is
 * what a read at the moment of the commit would have answered; whoever changes the rows it came
 * from on this node calls {@link #forget} so that the change is never hidden here.
 */
public final class HandOff<K, V> {

  private final Cache<K, V> entries;

  /** Values kept at most {@code timeToLive}, at most {@code maxEntries} of them. */
  public HandOff(Duration timeToLive, long maxEntries) {
    this(timeToLive, maxEntries, Ticker.systemTicker());
  }

  HandOff(Duration timeToLive, long maxEntries, Ticker ticker) {
    entries =
        Caffeine.newBuilder()
            .expireAfterWrite(timeToLive)
            .maximumSize(maxEntries)
            .ticker(ticker)
            .build();
  }

  /**
   * Hands {@code value} off under {@code key} once the current transaction has committed; nothing
   * outside a transaction or when it rolls back.
   */
  public void putAfterCommit(TransactionSynchronizationRegistry transactions, K key, V value) {
    AfterTransaction.onCommit(transactions, () -> entries.put(key, value));
  }

  /** The value handed off under {@code key}, given once; empty when there is none (any more). */
  public Optional<V> take(K key) {
    return Optional.ofNullable(entries.asMap().remove(key));
  }

  /** Forgets the value under {@code key}: what it came from has changed. */
  public void forget(K key) {
    entries.invalidate(key);
  }

  /** Forgets every value. */
  public void forgetAll() {
    entries.invalidateAll();
  }

  /** For tests: puts as a committed transaction would. */
  void putCommitted(K key, V value) {
    entries.put(key, value);
  }
}
