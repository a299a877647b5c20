package kz.kenes.certificate.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import kz.kenes.certificate.domain.ProgramCompletionRules;
import kz.kenes.certificate.domain.ProgramCompletionRulesRepository;

/** {@link ProgramCompletionRulesRepository} on {@code program_certificate_rules}. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaProgramCompletionRulesRepository implements ProgramCompletionRulesRepository {

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Override
  public Optional<ProgramCompletionRules> find(long programId) {
    return Optional.ofNullable(em.find(ProgramCompletionRules.class, programId));
  }

  @Override
  @Transactional
  public ProgramCompletionRules store(ProgramCompletionRules rules) {
    em.persist(rules);
    em.flush();
    return rules;
  }
}
