package kz.kenes.platform.persistence;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JTA transaction registry for unit tests: a transaction is open while {@link #key} is set, and
 * {@link #end} runs what was registered to follow it.
 */
public final class FakeTransactions implements TransactionSynchronizationRegistry {
  public Object key;
  final Map<Object, Object> resources = new HashMap<>();
  private final List<Synchronization> after = new ArrayList<>();

  /** Ends the open transaction with {@code status} ({@code jakarta.transaction.Status}). */
  public void end(int status) {
    List<Synchronization> run = new ArrayList<>(after);
    after.clear();
    key = null;
    run.forEach(s -> s.afterCompletion(status));
  }

  @Override
  public Object getTransactionKey() {
    return key;
  }

  @Override
  public void putResource(Object k, Object value) {
    resources.put(k, value);
  }

  @Override
  public Object getResource(Object k) {
    return resources.get(k);
  }

  @Override
  public void registerInterposedSynchronization(Synchronization sync) {
    after.add(sync);
  }

  @Override
  public int getTransactionStatus() {
    return 0;
  }

  @Override
  public void setRollbackOnly() {}

  @Override
  public boolean getRollbackOnly() {
    return false;
  }
}
