package kz.kenes.survey.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import kz.kenes.survey.domain.Answer;
import kz.kenes.survey.domain.AnswerSheet;
import kz.kenes.survey.domain.SurveyResponse;

/**
 * Responses and their submitted answers. A submission replaces the response's answers in two
 * statements (delete, then one multi-row insert), inside the caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaResponseStore {

  /** Responses counted per round, group and status. */
  public record Count(long roundId, String group, String status, long responses) {}

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Resource TransactionSynchronizationRegistry transactions;

  @Resource(lookup = "jdbc/kenes")
  DataSource dataSource;

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

  /**
   * Saves a draft of the respondent's response, opening the response when it has none. A submitted
   * response keeps its submitted answers; the draft holds later, unsubmitted changes.
   */
  @Transactional
  public SurveyResponse saveDraft(
      java.util.function.Supplier<SurveyResponse> opening,
      long roundId,
      String respondentKey,
      String answersJson,
      java.time.Instant now) {
    SurveyResponse response = find(roundId, respondentKey).orElse(null);
    if (response == null) {
      response = opening.get();
      em.persist(response);
    }
    response.saveDraft(answersJson, now);
    em.flush();
    return response;
  }

  /**
   * Submits the respondent's answers: opens the response if it has none (counting one use of the
   * invitation it came through, when {@code invitationId} is given: no use left, no response),
   * marks it submitted and replaces its answers, all in one transaction. Acknowledged means
   * committed.
   *
   * @return the response and whether this call created it; empty when the invitation had no use
   *     left
   */
  @Transactional
  public Optional<Submitted> submit(
      java.util.function.Supplier<SurveyResponse> opening,
      long roundId,
      String respondentKey,
      Long invitationId,
      AnswerSheet sheet,
      java.time.Instant now) {
    SurveyResponse response = find(roundId, respondentKey).orElse(null);
    boolean created = response == null;
    if (created) {
      response = opening.get();
      em.persist(response);
    }
    response.submit(sheet, now);
    em.flush();
    replaceAnswers(response, sheet, created);
    // The use is counted last: the invitation's row is locked from this update to the commit, and
    // every submission through the same link waits for that lock (docs/performance.md, "Surveys").
    if (created && invitationId != null && !consumeUse(invitationId, now)) {
      transactions.setRollbackOnly();
      return Optional.empty();
    }
    return Optional.of(new Submitted(response, created));
  }

  /** A submitted response and whether the submission created it. */
  public record Submitted(SurveyResponse response, boolean created) {}

  private boolean consumeUse(long invitationId, java.time.Instant now) {
    return em.createNativeQuery(
                "update survey_invitation set uses = uses + 1 where id = ?1 and uses < max_uses"
                    + " and revoked_at is null and expires_at > ?2")
            .setParameter(1, invitationId)
            .setParameter(2, kz.kenes.platform.persistence.Timestamps.toColumn(now))
            .executeUpdate()
        == 1;
  }

  /** Writes the submitted answers of a stored response, replacing any it had. */
  void replaceAnswers(SurveyResponse response, AnswerSheet sheet, boolean created) {
    // Plain JDBC on the container's data source: inside this JTA transaction it is the same
    // connection and transaction as the entity manager's. A batch of one small statement per
    // answer costs far less than one native query with eight parameters per answer, whose
    // parameter translation in EclipseLink grows with the square of their number.
    try (Connection connection = dataSource.getConnection()) {
      if (!created) {
        try (PreparedStatement delete =
            connection.prepareStatement("delete from survey_answer where response_id = ?")) {
          delete.setLong(1, response.id());
          delete.executeUpdate();
        }
      }
      if (sheet.answers().isEmpty()) {
        return;
      }
      try (PreparedStatement insert = connection.prepareStatement(INSERT_ANSWER)) {
        for (Answer answer : sheet.answers()) {
          insert.setLong(1, response.id());
          insert.setLong(2, answer.item().id());
          insert.setLong(3, response.round().id());
          insert.setString(4, response.groupCode());
          setSmallint(insert, 5, answer.value());
          setSmallint(insert, 6, answer.score());
          insert.setString(7, answer.choices().isEmpty() ? null : joined(answer.choices()));
          insert.setString(8, answer.text());
          insert.addBatch();
        }
        insert.executeBatch();
      }
    } catch (SQLException e) {
      throw new PersistenceException("could not write the answers of response " + response.id(), e);
    }
  }

  private static final String INSERT_ANSWER =
      "insert into survey_answer (response_id, item_id, round_id, group_code, answer_value,"
          + " score, choices, answer_text) values (?, ?, ?, ?, ?, ?, ?, ?)";

  private static void setSmallint(PreparedStatement statement, int index, Integer value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.SMALLINT);
    } else {
      statement.setShort(index, value.shortValue());
    }
  }

  /** The responses of a survey's rounds, counted per round, group and status. */
  public List<Count> counts(long surveyId) {
    List<?> rows =
        em.createNativeQuery(
                "select r.round_id, r.group_code, r.status, count(*) from survey_response r"
                    + " join survey_round o on o.id = r.round_id where o.survey_id = ?1"
                    + " group by r.round_id, r.group_code, r.status")
            .setParameter(1, surveyId)
            .getResultList();
    List<Count> counts = new ArrayList<>();
    for (Object row : rows) {
      Object[] cells = (Object[]) row;
      counts.add(
          new Count(
              ((Number) cells[0]).longValue(),
              (String) cells[1],
              (String) cells[2],
              ((Number) cells[3]).longValue()));
    }
    return counts;
  }

  private static String joined(List<String> codes) {
    return String.join(",", codes);
  }

  /** A submitted answer as stored: the item, its value or option index, choices and text. */
  public record StoredAnswer(long itemId, Integer value, String choices, String text) {}

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
}
