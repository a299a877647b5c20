package kz.kenes.platform.persistence;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.IntConsumer;

/** Work to do once the current JTA transaction has ended, committed or rolled back. */
public final class AfterTransaction {

  private AfterTransaction() {}

  /**
   * Runs {@code then} with the transaction's final status ({@code jakarta.transaction.Status})
   * after it ends; false, and nothing registered, outside a transaction.
   */
  public static boolean register(
      TransactionSynchronizationRegistry transactions, IntConsumer then) {
    if (transactions == null || transactions.getTransactionKey() == null) {
      return false;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            then.accept(status);
          }
        });
    return true;
  }

  /**
   * Runs {@code then} once the current transaction has committed (not when it rolls back); false,
   * and nothing registered, outside a transaction.
   */
  public static boolean onCommit(TransactionSynchronizationRegistry transactions, Runnable then) {
    return register(
        transactions,
        status -> {
          if (status == Status.STATUS_COMMITTED) {
            then.run();
          }
        });
  }
}
