package kz.kenes.survey.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import kz.kenes.survey.domain.ModuleFeedbackLink;
import kz.kenes.survey.domain.ModuleFeedbackLinkRepository;

/** Module feedback links ({@code module_feedback_link}, {@code module_feedback_link_module}). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaModuleFeedbackLinkRepository implements ModuleFeedbackLinkRepository {

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Override
  public Optional<ModuleFeedbackLink> find(long id) {
    return Optional.ofNullable(em.find(ModuleFeedbackLink.class, id));
  }

  @Override
  public Optional<ModuleFeedbackLink> findByTokenHash(String tokenHash) {
    return em.createQuery(
            "select l from ModuleFeedbackLink l where l.tokenHash = :hash",
            ModuleFeedbackLink.class)
        .setParameter("hash", tokenHash)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<ModuleFeedbackLink> findByForm(long programId, String formId) {
    return em.createQuery(
            "select l from ModuleFeedbackLink l where l.programId = :program"
                + " and l.formId = :form",
            ModuleFeedbackLink.class)
        .setParameter("program", programId)
        .setParameter("form", formId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ModuleFeedbackLink> findPage(Collection<Long> programIds, int offset, int limit) {
    if (programIds != null && programIds.isEmpty()) {
      return List.of();
    }
    String where = programIds == null ? "" : " where l.programId in :programs";
    var query =
        em.createQuery(
                "select l from ModuleFeedbackLink l"
                    + where
                    + " order by l.createdAt desc, l.id desc",
                ModuleFeedbackLink.class)
            .setFirstResult(offset)
            .setMaxResults(limit);
    if (programIds != null) {
      query.setParameter("programs", List.copyOf(programIds));
    }
    return query.getResultList();
  }

  @Override
  public long count(Collection<Long> programIds) {
    if (programIds != null && programIds.isEmpty()) {
      return 0;
    }
    String where = programIds == null ? "" : " where l.programId in :programs";
    var query = em.createQuery("select count(l) from ModuleFeedbackLink l" + where, Long.class);
    if (programIds != null) {
      query.setParameter("programs", List.copyOf(programIds));
    }
    return query.getSingleResult();
  }

  @Override
  @Transactional
  public ModuleFeedbackLink store(ModuleFeedbackLink link) {
    em.persist(link);
    em.flush();
    return link;
  }

  @Override
  @Transactional
  public ModuleFeedbackLink revoke(long linkId, Instant now) {
    ModuleFeedbackLink link = em.find(ModuleFeedbackLink.class, linkId);
    link.revoke(now);
    em.flush();
    return link;
  }

  @Override
  @Transactional
  public boolean takeUse(long linkId) {
    int updated =
        em.createQuery(
                "update ModuleFeedbackLink l set l.uses = l.uses + 1"
                    + " where l.id = :id and l.uses < l.maxUses")
            .setParameter("id", linkId)
            .executeUpdate();
    return updated == 1;
  }

  @Override
  public Optional<Long> linkOfRespondent(String respondentKey) {
    return em.createQuery(
            "select r.linkId from ModuleRating r where r.respondentKey = :key"
                + " and r.linkId is not null",
            Long.class)
        .setParameter("key", respondentKey)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public int respondentsFromClient(long linkId, String clientHash) {
    return em.createQuery(
            "select count(distinct r.respondentKey) from ModuleRating r"
                + " where r.linkId = :link and r.clientHash = :client",
            Long.class)
        .setParameter("link", linkId)
        .setParameter("client", clientHash)
        .getSingleResult()
        .intValue();
  }
}
