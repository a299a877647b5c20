package kz.kenes.survey.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.kenes.survey.domain.Invitation;
import kz.kenes.survey.domain.InvitationRepository;

/** Invitation links ({@code survey_invitation}). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaInvitationRepository implements InvitationRepository {

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Override
  public Optional<Invitation> find(long id) {
    return Optional.ofNullable(em.find(Invitation.class, id));
  }

  @Override
  public Optional<Invitation> findByForm(long roundId, String formId) {
    return em.createQuery(
            "select i from Invitation i where i.round.id = :round and i.formId = :form",
            Invitation.class)
        .setParameter("round", roundId)
        .setParameter("form", formId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Invitation> findByTokenHash(String tokenHash) {
    // one statement for what a respondent's request needs: the link, its round, the round's
    // survey and instrument version with its items
    return em.createQuery(
            "select i from Invitation i join fetch i.round r join fetch r.survey"
                + " join fetch r.version v left join fetch v.items where i.tokenHash = :hash",
            Invitation.class)
        .setParameter("hash", tokenHash)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Invitation> findAll(long roundId) {
    return em.createQuery(
            "select i from Invitation i where i.round.id = :round order by i.id", Invitation.class)
        .setParameter("round", roundId)
        .getResultList();
  }

  @Override
  @Transactional
  public Invitation store(Invitation invitation) {
    em.persist(invitation);
    em.flush();
    return invitation;
  }

  @Override
  @Transactional
  public Invitation revoke(long invitationId, Instant now) {
    Invitation invitation = em.find(Invitation.class, invitationId);
    invitation.revoke(now);
    em.flush();
    return invitation;
  }
}
