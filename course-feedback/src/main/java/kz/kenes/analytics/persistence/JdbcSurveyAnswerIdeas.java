package kz.kenes.analytics.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import kz.kenes.analytics.application.SurveyAnswerIdeaStore;
import kz.kenes.platform.persistence.Timestamps;

/**
 * {@link SurveyAnswerIdeaStore} in {@code survey_answer_idea} (V42), read with the survey tables it
 * marks (ADR 0006: analytics reads the survey tables), in the caller's transaction. Marking locks
 * the answer's response row first, so two staff members marking one answer take turns and its row
 * is inserted once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JdbcSurveyAnswerIdeas implements SurveyAnswerIdeaStore {

  private static final String SURVEY_OF_ROUND = "select survey_id from survey_round where id = ?";
  private static final String OPEN_ANSWERS =
      "select a.response_id, a.item_id, i.code, a.group_code, a.answer_text,"
          + " coalesce(d.idea, false) from survey_answer a"
          + " join instrument_item i on i.id = a.item_id"
          + " left join survey_answer_idea d on d.response_id = a.response_id"
          + " and d.item_id = a.item_id"
          + " where a.round_id = ? and a.answer_text is not null and a.answer_text <> ''"
          + " order by a.response_id desc, i.position fetch first %d rows only";
  private static final String LOCK =
      "select r.id from survey_response r where r.id = ? and r.round_id = ?"
          + " and exists (select 1 from survey_answer a where a.response_id = r.id"
          + " and a.item_id = ? and a.answer_text is not null and a.answer_text <> '')"
          + " for update";
  private static final String SURVEY =
      "select s.id, s.program_id from survey_round o join survey s on s.id = o.survey_id"
          + " where o.id = ?";
  private static final String INSERT =
      "insert into survey_answer_idea (response_id, item_id, round_id, survey_id, program_id,"
          + " idea, marked_by, marked_at) select ?, ?, ?, ?, ?, ?, ?, ? where not exists"
          + " (select 1 from survey_answer_idea where response_id = ? and item_id = ?)";
  private static final String UPDATE =
      "update survey_answer_idea set idea = ?, marked_by = ?, marked_at = ?"
          + " where response_id = ? and item_id = ?";
  private static final String IDEAS =
      "select d.response_id, d.item_id, d.survey_id, s.title, d.program_id,"
          + " coalesce(i.module_id, s.module_id), a.group_code, a.answer_text, d.marked_by,"
          + " d.marked_at from survey_answer_idea d"
          + " join survey_answer a on a.response_id = d.response_id and a.item_id = d.item_id"
          + " join instrument_item i on i.id = d.item_id join survey s on s.id = d.survey_id"
          + " where d.idea = true and ";

  @Resource(lookup = "jdbc/kenes")
  DataSource dataSource;

  @Override
  public Optional<Long> surveyOfRound(long roundId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(SURVEY_OF_ROUND)) {
      select.setLong(1, roundId);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new PersistenceException("could not read round " + roundId, e);
    }
  }

  @Override
  public List<OpenSurveyAnswer> openAnswers(long roundId, int limit) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(String.format(OPEN_ANSWERS, limit))) {
      select.setLong(1, roundId);
      List<OpenSurveyAnswer> answers = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          answers.add(
              new OpenSurveyAnswer(
                  row.getLong(1),
                  row.getLong(2),
                  row.getString(3),
                  row.getString(4),
                  row.getString(5),
                  row.getBoolean(6)));
        }
      }
      return answers;
    } catch (SQLException e) {
      throw new PersistenceException("could not read the open answers of round " + roundId, e);
    }
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean mark(
      long roundId, long responseId, long itemId, boolean idea, String by, Instant at) {
    try (Connection c = dataSource.getConnection()) {
      long surveyId;
      long programId;
      try (PreparedStatement lock = c.prepareStatement(LOCK)) {
        lock.setLong(1, responseId);
        lock.setLong(2, roundId);
        lock.setLong(3, itemId);
        try (ResultSet row = lock.executeQuery()) {
          if (!row.next()) {
            return false;
          }
        }
      }
      try (PreparedStatement survey = c.prepareStatement(SURVEY)) {
        survey.setLong(1, roundId);
        try (ResultSet row = survey.executeQuery()) {
          if (!row.next()) {
            return false;
          }
          surveyId = row.getLong(1);
          programId = row.getLong(2);
        }
      }
      LocalDateTime when = Timestamps.toColumn(at);
      try (PreparedStatement insert = c.prepareStatement(INSERT)) {
        insert.setLong(1, responseId);
        insert.setLong(2, itemId);
        insert.setLong(3, roundId);
        insert.setLong(4, surveyId);
        insert.setLong(5, programId);
        insert.setBoolean(6, idea);
        insert.setString(7, by);
        insert.setObject(8, when);
        insert.setLong(9, responseId);
        insert.setLong(10, itemId);
        if (insert.executeUpdate() == 1) {
          return true;
        }
      }
      try (PreparedStatement update = c.prepareStatement(UPDATE)) {
        update.setBoolean(1, idea);
        update.setString(2, by);
        update.setObject(3, when);
        update.setLong(4, responseId);
        update.setLong(5, itemId);
        update.executeUpdate();
      }
      return true;
    } catch (SQLException e) {
      throw new PersistenceException("could not mark answer " + responseId + "/" + itemId, e);
    }
  }

  @Override
  public List<SurveyIdea> markedIdeas(long programId, int limit) {
    return ideas(
        "d.program_id = ? order by d.marked_at desc fetch first " + limit + " rows only",
        programId);
  }

  @Override
  public Optional<SurveyIdea> markedIdea(long responseId, long itemId) {
    return ideas("d.response_id = ? and d.item_id = ?", responseId, itemId).stream().findFirst();
  }

  private List<SurveyIdea> ideas(String where, long... keys) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(IDEAS + where)) {
      for (int i = 0; i < keys.length; i++) {
        select.setLong(i + 1, keys[i]);
      }
      List<SurveyIdea> ideas = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          Long module = row.getObject(6) == null ? null : row.getLong(6);
          ideas.add(
              new SurveyIdea(
                  row.getLong(1),
                  row.getLong(2),
                  row.getLong(3),
                  row.getString(4),
                  row.getLong(5),
                  module,
                  row.getString(7),
                  row.getString(8),
                  row.getString(9),
                  Timestamps.fromColumn(row.getObject(10, LocalDateTime.class))));
        }
      }
      return ideas;
    } catch (SQLException e) {
      throw new PersistenceException("could not read the survey ideas", e);
    }
  }
}
