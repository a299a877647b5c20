package kz.kenes.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Answers kept for the rest of a transaction, and only inside one. */
class TransactionMemoTest {

  private record Asked(long id) {}

  private record Other(long id) {}

  private final AtomicInteger reads = new AtomicInteger();
  private final FakeRegistry registry = new FakeRegistry();
  private final TransactionMemo memo = new TransactionMemo();

  {
    memo.transactions = registry;
  }

  @Test
  void insideATransactionAQuestionIsReadOnceAbsentAnswersIncluded() {
    registry.key = "tx-1";

    assertThat(memo.get(new Asked(1), this::absent)).isEmpty();
    assertThat(memo.get(new Asked(1), this::absent)).isEmpty();
    assertThat(memo.get(new Asked(2), this::absent)).isEmpty();
    assertThat(memo.get(new Other(1), this::absent)).isEmpty();

    assertThat(reads).hasValue(3);
  }

  @Test
  void outsideATransactionEveryQuestionIsRead() {
    registry.key = null;

    memo.get(new Asked(1), this::absent);
    memo.get(new Asked(1), this::absent);

    assertThat(reads).hasValue(2);
  }

  @Test
  void aForgottenAnswerIsReadAgain() {
    registry.key = "tx-1";
    memo.get(new Asked(1), this::absent);

    memo.forget(new Asked(1));
    memo.get(new Asked(1), this::absent);
    memo.get(new Asked(1), this::absent);

    assertThat(reads).hasValue(2);
  }

  private Optional<String> absent() {
    reads.incrementAndGet();
    return Optional.empty();
  }

  /** The registry of one transaction (or none, when {@code key} is null). */
  private static final class FakeRegistry implements TransactionSynchronizationRegistry {
    Object key;
    final Map<Object, Object> resources = new HashMap<>();

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
    public void registerInterposedSynchronization(Synchronization sync) {}

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
}
