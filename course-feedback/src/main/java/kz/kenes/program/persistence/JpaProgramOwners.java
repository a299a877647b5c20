package kz.kenes.program.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import kz.kenes.program.domain.ProgramOwners;

/** The universities of programs ({@code educational_program.university_id}). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaProgramOwners implements ProgramOwners {

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Override
  public Optional<Long> universityOf(long programId) {
    return em.createQuery(
            "select p.university.id from EducationalProgram p where p.id = :id", Long.class)
        .setParameter("id", programId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Long> programsOf(long universityId) {
    return em.createQuery(
            "select p.id from EducationalProgram p where p.university.id = :university"
                + " order by p.id",
            Long.class)
        .setParameter("university", universityId)
        .getResultList();
  }
}
