package kz.kenes.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Supplier;

/**
 * Answers kept for the rest of the current transaction: a question that several parts of one
 * request ask (the landing page's sections, docs/adr/0016) reads the database once. Outside a
 * transaction nothing is kept. Keys must be values (records) that name what was asked, including
 * its kind, so that two questions never share a key; answers must be immutable, and an absent one
 * (an empty {@code Optional}) is kept too.
 */
@ApplicationScoped
public class TransactionMemo {

  /** What {@link #forget} leaves in place of an answer (the registry keeps no nulls). */
  private static final Object FORGOTTEN = new Object();

  @Resource TransactionSynchronizationRegistry transactions;

  /** The answer to {@code key} kept in this transaction, else {@code read}'s, then kept. */
  @SuppressWarnings("unchecked")
  public <T> T get(Record key, Supplier<T> read) {
    if (transactions == null || transactions.getTransactionKey() == null) {
      return read.get();
    }
    Object known = transactions.getResource(key);
    if (known != null && known != FORGOTTEN) {
      return (T) known;
    }
    T answer = read.get();
    if (answer != null) {
      transactions.putResource(key, answer);
    }
    return answer;
  }

  /** Forgets the answer to {@code key} (a write in this transaction changed it). */
  public void forget(Record key) {
    if (transactions != null
        && transactions.getTransactionKey() != null
        && transactions.getResource(key) != null) {
      transactions.putResource(key, FORGOTTEN);
    }
  }
}
