package kz.kenes.certificate.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import kz.kenes.certificate.domain.CompletionRules;
import kz.kenes.certificate.domain.CompletionRulesRepository;
import kz.kenes.certificate.domain.RuleSettings;
import kz.kenes.platform.persistence.ReadMostly;

/** {@link CompletionRulesRepository} on {@code certificate_rules}. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaCompletionRulesRepository implements CompletionRulesRepository {

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Inject ReadMostly readMostly;

  private record ShownSettings(long contextRef) {}

  @Override
  public Optional<CompletionRules> find(long contextRef) {
    return Optional.ofNullable(em.find(CompletionRules.class, contextRef));
  }

  @Override
  public Optional<RuleSettings> shownSettings(long contextRef) {
    return readMostly.get(
        new ShownSettings(contextRef), () -> find(contextRef).map(CompletionRules::settings));
  }

  @Override
  @Transactional
  public CompletionRules store(CompletionRules rules) {
    em.persist(rules);
    em.flush();
    return rules;
  }
}
