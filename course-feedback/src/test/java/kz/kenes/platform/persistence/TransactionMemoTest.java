package kz.kenes.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Answers kept for the rest of a transaction, and only inside one. */
class TransactionMemoTest {

  private record Asked(long id) {}

  private record Other(long id) {}

  private final AtomicInteger reads = new AtomicInteger();
  private final FakeTransactions registry = new FakeTransactions();
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
}
