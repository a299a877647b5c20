package kz.kenes.certificate.domain;

import java.util.Optional;

/** Where programs' completion rules are kept. */
public interface ProgramCompletionRulesRepository {

  Optional<ProgramCompletionRules> find(long programId);

  ProgramCompletionRules store(ProgramCompletionRules rules);
}
