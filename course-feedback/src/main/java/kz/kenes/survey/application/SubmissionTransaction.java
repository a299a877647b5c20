package kz.kenes.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * One transaction around a submission and what must commit with it (the repository's own
 * transaction joins it). Each attempt of {@link Submissions} gets its own, so the retry after a
 * lost race still starts clean.
 */
@ApplicationScoped
public class SubmissionTransaction {

  @Transactional(Transactional.TxType.REQUIRED)
  public <T> T call(Supplier<T> work) {
    return work.get();
  }
}
