package kz.kenes.integration.lti.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import kz.kenes.lti.security.state.LoginState;
import kz.kenes.lti.security.state.LoginStateStore;
import kz.kenes.platform.persistence.Timestamps;

/**
 * Login states in the database, so that any node can finish a launch another node started. A state
 * and a nonce are consumed by one conditional UPDATE each, in their own transaction: two concurrent
 * launches with the same state cannot both win, and a launch refused later still leaves the state
 * used.
 */
@ApplicationScoped
public class JpaLoginStateStore implements LoginStateStore {

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void save(LoginState state) {
    em.persist(LoginStateEntity.of(state));
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public StateConsumption consumeState(String state, Instant now) {
    LocalDateTime at = Timestamps.toColumn(now);
    int updated =
        em.createQuery(
                "update LoginStateEntity s set s.stateUsedAt = :now"
                    + " where s.state = :state and s.stateUsedAt is null and s.expiresAt > :now")
            .setParameter("now", at)
            .setParameter("state", state)
            .executeUpdate();
    LoginStateEntity row = em.find(LoginStateEntity.class, state);
    if (row == null) {
      return new StateConsumption.Unknown();
    }
    if (updated == 1) {
      return new StateConsumption.Consumed(row.toLoginState());
    }
    if (row.stateUsedAt != null) {
      return new StateConsumption.AlreadyUsed();
    }
    return new StateConsumption.Expired();
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public NonceConsumption consumeNonce(String nonce, Instant now) {
    int updated =
        em.createQuery(
                "update LoginStateEntity s set s.nonceUsedAt = :now"
                    + " where s.nonce = :nonce and s.nonceUsedAt is null")
            .setParameter("now", Timestamps.toColumn(now))
            .setParameter("nonce", nonce)
            .executeUpdate();
    if (updated == 1) {
      return NonceConsumption.CONSUMED;
    }
    Long known =
        em.createQuery("select count(s) from LoginStateEntity s where s.nonce = :nonce", Long.class)
            .setParameter("nonce", nonce)
            .getSingleResult();
    return known > 0 ? NonceConsumption.ALREADY_USED : NonceConsumption.UNKNOWN;
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int purgeExpired(Instant cutoff) {
    return em.createQuery("delete from LoginStateEntity s where s.expiresAt < :cutoff")
        .setParameter("cutoff", Timestamps.toColumn(cutoff))
        .executeUpdate();
  }
}
