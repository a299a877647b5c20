package kz.kenes.program.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import kz.kenes.program.domain.University;
import kz.kenes.program.domain.UniversityRepository;

/** Universities in the {@code university} table. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaUniversityRepository implements UniversityRepository {

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Override
  public Optional<University> find(long id) {
    return Optional.ofNullable(em.find(University.class, id));
  }

  @Override
  public Optional<University> find(String code) {
    return em.createQuery("select u from University u where u.code = :code", University.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<University> findAll() {
    return em.createQuery("select u from University u order by u.name, u.id", University.class)
        .getResultList();
  }

  @Override
  @Transactional
  public University store(University university) {
    if (university.id() == null) {
      em.persist(university);
      return university;
    }
    return em.merge(university);
  }
}
