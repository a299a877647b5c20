package kz.kenes.certificate.application;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;
import kz.kenes.certificate.domain.CompletionRules;
import kz.kenes.certificate.domain.CompletionRulesRepository;
import kz.kenes.certificate.domain.ProgramCompletionRules;
import kz.kenes.certificate.domain.ProgramCompletionRulesRepository;
import kz.kenes.certificate.domain.RuleSettings;

/** Completion rules kept in memory by their course or program, for tests without a database. */
class FakeRules<R> {

  private final Map<Long, R> kept = new HashMap<>();
  private final ToLongFunction<R> key;

  private FakeRules(ToLongFunction<R> key) {
    this.key = key;
  }

  /** A course's rules. */
  static final class Courses extends FakeRules<CompletionRules>
      implements CompletionRulesRepository {
    Courses() {
      super(CompletionRules::contextRef);
    }

    /** The settings as the landing page shows them (main's CompletionRulesRepository asks it). */
    public Optional<RuleSettings> shownSettings(long contextRef) {
      return find(contextRef).map(CompletionRules::settings);
    }
  }

  /** A program's rules. */
  static final class Programs extends FakeRules<ProgramCompletionRules>
      implements ProgramCompletionRulesRepository {
    Programs() {
      super(ProgramCompletionRules::programId);
    }
  }

  public Optional<R> find(long id) {
    return Optional.ofNullable(kept.get(id));
  }

  public R store(R rules) {
    kept.put(key.applyAsLong(rules), rules);
    return rules;
  }
}
