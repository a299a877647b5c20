package kz.kenes.certificate.domain;

import java.util.Optional;

/** The completion rules of courses. */
public interface CompletionRulesRepository {

  Optional<CompletionRules> find(long contextRef);

  /** Stores new or changed rules. */
  CompletionRules store(CompletionRules rules);
}
