package kz.kenes.survey.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import kz.kenes.platform.persistence.Timestamps;
import kz.kenes.survey.domain.AnswerSheet;
import kz.kenes.survey.domain.ResponseCount;
import kz.kenes.survey.domain.ResponseRepository;
import kz.kenes.survey.domain.StoredAnswer;
import kz.kenes.survey.domain.Submitted;
import kz.kenes.survey.domain.SurveyResponse;

/**
 * Responses and their submitted answers. A submission replaces the response's answers in two
 * statements (delete, then one batch of inserts by {@link JdbcAnswerRows}), inside the caller's
 * transaction. A draft or a submission first locks its round and checks that it takes answers
 * ({@link RoundGuard}), in the same transaction: a round closed meanwhile refuses it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaResponseRepository implements ResponseRepository {

  private static final JdbcAnswerRows.Table ANSWERS =
      new JdbcAnswerRows.Table(
          "survey_answer",
          "response_id",
          List.of(
              "item_id",
              "round_id",
              "group_code",
              "answer_value",
              "score",
              "choices",
              "answer_text"));

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Resource TransactionSynchronizationRegistry transactions;

  @Resource(lookup = "jdbc/kenes")
  DataSource dataSource;

  @Override
  public Optional<SurveyResponse> find(long roundId, String respondentKey) {
    return em.createQuery(
            "select r from SurveyResponse r where r.round.id = :round"
                + " and r.respondentKey = :key",
            SurveyResponse.class)
        .setParameter("round", roundId)
        .setParameter("key", respondentKey)
        .getResultStream()
        .findFirst();
  }

  @Override
  @Transactional
  public SurveyResponse storeDraft(
      Supplier<SurveyResponse> opening,
      long roundId,
      String respondentKey,
      String answersJson,
      Instant now) {
    RoundGuard.requireTakesAnswers(dataSource, roundId, now);
    SurveyResponse response = find(roundId, respondentKey).orElse(null);
    if (response == null) {
      response = opening.get();
      em.persist(response);
    }
    response.saveDraft(answersJson, now);
    em.flush();
    return response;
  }

  @Override
  @Transactional
  public Optional<Submitted> storeSubmission(
      Supplier<SurveyResponse> opening,
      long roundId,
      String respondentKey,
      Long invitationId,
      AnswerSheet sheet,
      Instant now) {
    RoundGuard.requireTakesAnswers(dataSource, roundId, now);
    SurveyResponse response = find(roundId, respondentKey).orElse(null);
    boolean created = response == null;
    if (created) {
      response = opening.get();
      em.persist(response);
    }
    response.submit(sheet, now);
    em.flush();
    SurveyResponse stored = response;
    JdbcAnswerRows.replace(
        dataSource,
        ANSWERS,
        response.id(),
        sheet,
        created,
        (row, answer) ->
            row.add(answer.item().id())
                .add(stored.round().id())
                .add(stored.groupCode())
                .addSmallint(answer.value())
                .addSmallint(answer.score())
                .add(answer.choices().isEmpty() ? null : String.join(",", answer.choices()))
                .add(answer.text()));
    // The use is counted last: the invitation's row is locked from this update to the commit, and
    // every submission through the same link waits for that lock (docs/performance.md, "Surveys").
    if (created && invitationId != null && !consumeUse(invitationId, now)) {
      transactions.setRollbackOnly();
      return Optional.empty();
    }
    return Optional.of(new Submitted(response, created));
  }

  private boolean consumeUse(long invitationId, Instant now) {
    return em.createNativeQuery(
                "update survey_invitation set uses = uses + 1 where id = ?1 and uses < max_uses"
                    + " and revoked_at is null and expires_at > ?2")
            .setParameter(1, invitationId)
            .setParameter(2, Timestamps.toColumn(now))
            .executeUpdate()
        == 1;
  }

  @Override
  public List<ResponseCount> counts(long surveyId) {
    List<?> rows =
        em.createNativeQuery(
                "select r.round_id, r.group_code, r.status, count(*) from survey_response r"
                    + " join survey_round o on o.id = r.round_id where o.survey_id = ?1"
                    + " group by r.round_id, r.group_code, r.status")
            .setParameter(1, surveyId)
            .getResultList();
    List<ResponseCount> counts = new ArrayList<>();
    for (Object row : rows) {
      Object[] cells = (Object[]) row;
      counts.add(
          new ResponseCount(
              ((Number) cells[0]).longValue(),
              (String) cells[1],
              (String) cells[2],
              ((Number) cells[3]).longValue()));
    }
    return counts;
  }

  @Override
  public List<StoredAnswer> answers(long responseId) {
    List<?> rows =
        em.createNativeQuery(
                "select item_id, answer_value, choices, answer_text from survey_answer"
                    + " where response_id = ?1")
            .setParameter(1, responseId)
            .getResultList();
    List<StoredAnswer> answers = new ArrayList<>();
    for (Object row : rows) {
      Object[] cells = (Object[]) row;
      answers.add(
          new StoredAnswer(
              ((Number) cells[0]).longValue(),
              cells[1] == null ? null : ((Number) cells[1]).intValue(),
              (String) cells[2],
              (String) cells[3]));
    }
    return answers;
  }

  @Override
  public int countByClient(long invitationId, String clientHash) {
    Number n =
        (Number)
            em.createNativeQuery(
                    "select count(*) from survey_response where invitation_id = ?1"
                        + " and client_hash = ?2")
                .setParameter(1, invitationId)
                .setParameter(2, clientHash)
                .getSingleResult();
    return n.intValue();
  }

  @Override
  public Map<Long, Integer> mostFromOneClient(long roundId) {
    List<?> rows =
        em.createNativeQuery(
                "select invitation_id, max(n) from (select invitation_id, count(*) as n"
                    + " from survey_response where round_id = ?1 and invitation_id is not null"
                    + " and client_hash is not null group by invitation_id, client_hash) c"
                    + " group by invitation_id")
            .setParameter(1, roundId)
            .getResultList();
    Map<Long, Integer> most = new HashMap<>();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      most.put(((Number) columns[0]).longValue(), ((Number) columns[1]).intValue());
    }
    return most;
  }

  @Override
  public java.util.Set<String> submittedKeys(long roundId) {
    List<?> rows =
        em.createNativeQuery(
                "select respondent_key from survey_response where round_id = ?1 and status = ?2")
            .setParameter(1, roundId)
            .setParameter(2, SurveyResponse.SUBMITTED)
            .getResultList();
    java.util.Set<String> keys = new java.util.HashSet<>();
    rows.forEach(key -> keys.add((String) key));
    return keys;
  }

  @Override
  public boolean submittedToSurvey(long surveyId, String respondentKey) {
    return !em.createNativeQuery(
            "select r.id from survey_response r join survey_round o on o.id = r.round_id"
                + " where o.survey_id = ?1 and r.respondent_key = ?2 and r.status = ?3")
        .setParameter(1, surveyId)
        .setParameter(2, respondentKey)
        .setParameter(3, SurveyResponse.SUBMITTED)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  @Transactional
  public int upgradePairCode(long surveyId, String legacy, String stored) {
    return em.createNativeQuery(
            "update survey_response set pair_code = ?1 where pair_code = ?2"
                + " and round_id in (select id from survey_round where survey_id = ?3)")
        .setParameter(1, stored)
        .setParameter(2, legacy)
        .setParameter(3, surveyId)
        .executeUpdate();
  }
}
