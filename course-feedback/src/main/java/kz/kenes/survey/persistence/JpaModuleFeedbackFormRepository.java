package kz.kenes.survey.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.kenes.platform.persistence.Timestamps;
import kz.kenes.survey.domain.ModuleFeedbackFormOwner;
import kz.kenes.survey.domain.ModuleFeedbackFormRepository;

/** {@code module_feedback_form} (V23): one row per program or university with its own form. */
@ApplicationScoped
@Transactional
public class JpaModuleFeedbackFormRepository implements ModuleFeedbackFormRepository {

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Long> instrumentOf(ModuleFeedbackFormOwner owner) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "select instrument_id from module_feedback_form where " + column(owner) + " = ?1")
            .setParameter(1, owner.id())
            .getResultList();
    return ids.stream().findFirst().map(Number::longValue);
  }

  @Override
  public void assign(ModuleFeedbackFormOwner owner, long instrumentId, Instant now) {
    clear(owner);
    em.createNativeQuery(
            "insert into module_feedback_form ("
                + column(owner)
                + ", instrument_id, chosen_at) values (?1, ?2, ?3)")
        .setParameter(1, owner.id())
        .setParameter(2, instrumentId)
        .setParameter(3, Timestamps.toColumn(now))
        .executeUpdate();
  }

  @Override
  public boolean clear(ModuleFeedbackFormOwner owner) {
    return em.createNativeQuery("delete from module_feedback_form where " + column(owner) + " = ?1")
            .setParameter(1, owner.id())
            .executeUpdate()
        > 0;
  }

  /** The column of the owner's kind: a constant, never caller input. */
  private static String column(ModuleFeedbackFormOwner owner) {
    return switch (owner.kind()) {
      case PROGRAM -> "program_id";
      case UNIVERSITY -> "university_id";
    };
  }
}
