package kz.kenes.survey.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import kz.kenes.survey.domain.StakeholderGroup;
import kz.kenes.survey.domain.StakeholderGroupRepository;

/** Stakeholder groups ({@code stakeholder_group}). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaStakeholderGroupRepository implements StakeholderGroupRepository {

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Override
  public List<StakeholderGroup> findAll() {
    return em.createQuery(
            "select g from StakeholderGroup g order by g.builtIn desc, g.code",
            StakeholderGroup.class)
        .getResultList();
  }

  @Override
  public Optional<StakeholderGroup> find(String code) {
    return code == null
        ? Optional.empty()
        : Optional.ofNullable(em.find(StakeholderGroup.class, code));
  }

  @Override
  @Transactional
  public StakeholderGroup store(StakeholderGroup group) {
    em.persist(group);
    em.flush();
    return group;
  }
}
