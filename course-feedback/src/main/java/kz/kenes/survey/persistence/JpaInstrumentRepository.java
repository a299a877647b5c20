package kz.kenes.survey.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.kenes.survey.domain.Instrument;
import kz.kenes.survey.domain.InstrumentDefinition;
import kz.kenes.survey.domain.InstrumentRepository;

/** Instruments with their versions and items ({@code survey_instrument} and below). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaInstrumentRepository implements InstrumentRepository {

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Override
  public Optional<Instrument> find(long id) {
    return Optional.ofNullable(em.find(Instrument.class, id));
  }

  @Override
  public Optional<Instrument> findByCode(String code) {
    return em.createQuery("select i from Instrument i where i.code = :code", Instrument.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Instrument> findAll(int offset, int limit) {
    return em.createQuery("select i from Instrument i order by i.code", Instrument.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count() {
    return em.createQuery("select count(i) from Instrument i", Long.class).getSingleResult();
  }

  @Override
  public boolean isAnswered(long versionId) {
    boolean surveyed =
        !em.createNativeQuery(
                "select 1 from survey_response r join survey_round o on o.id = r.round_id"
                    + " where o.instrument_version_id = ?1")
            .setParameter(1, versionId)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    // a module feedback instrument is answered by module ratings, not rounds
    return surveyed
        || !em.createNativeQuery("select 1 from module_rating where instrument_version_id = ?1")
            .setParameter(1, versionId)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
  }

  @Override
  @Transactional
  public Instrument store(Instrument instrument) {
    em.persist(instrument);
    em.flush();
    return instrument;
  }

  @Override
  @Transactional
  public Instrument edit(long instrumentId, InstrumentDefinition definition, Instant now) {
    Instrument instrument = em.find(Instrument.class, instrumentId);
    boolean answered = isAnswered(instrument.current().id());
    if (!answered) {
      instrument.current().removeItems();
      em.flush();
    }
    instrument.edit(definition, answered, now);
    em.flush();
    return instrument;
  }
}
