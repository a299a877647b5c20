package kz.kenes.certificate.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import kz.kenes.certificate.domain.CompletionRules;
import kz.kenes.certificate.domain.CompletionRulesRepository;

/** {@link CompletionRulesRepository} on {@code certificate_rules}. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaCompletionRulesRepository implements CompletionRulesRepository {

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Override
  public Optional<CompletionRules> find(long contextRef) {
    return Optional.ofNullable(em.find(CompletionRules.class, contextRef));
  }

  @Override
  @Transactional
  public CompletionRules store(CompletionRules rules) {
    em.persist(rules);
    em.flush();
    return rules;
  }
}
