package kz.kenes.certificate.domain;

import java.util.Optional;

/** The completion rules of courses. */
public interface CompletionRulesRepository {

  Optional<CompletionRules> find(long contextRef);

  /**
   * The course's rules as a page shows them, possibly a few seconds old when changed on another
   * node ({@code platform.persistence.ReadMostly}); decisions read {@link #find}.
   */
  Optional<RuleSettings> shownSettings(long contextRef);

  /** Stores new or changed rules. */
  CompletionRules store(CompletionRules rules);
}
