package kz.kenes.quiz.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * One transaction around a unit of work of the quiz context; the repositories join it. Each try of
 * a retried start gets its own, so the retry after a lost race starts clean.
 */
@ApplicationScoped
public class QuizTransaction {

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public <T> T call(Supplier<T> work) {
    return work.get();
  }
}
