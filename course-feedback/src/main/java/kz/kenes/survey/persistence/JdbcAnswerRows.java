package kz.kenes.survey.persistence;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import javax.sql.DataSource;
import kz.kenes.survey.domain.Answer;
import kz.kenes.survey.domain.AnswerSheet;
import kz.kenes.survey.domain.SurveyResponse;

/**
 * Writes a response's submitted answers ({@code survey_answer}) with plain JDBC on the container's
 * data source: inside the caller's JTA transaction it is the same connection and transaction as the
 * entity manager's. A batch of one small statement per answer costs far less than one native query
 * with eight parameters per answer, whose parameter translation in EclipseLink grows with the
 * square of their number (docs/adr/0008-plain-jdbc-on-the-hot-path.md).
 */
final class JdbcAnswerRows {

  private static final String INSERT_ANSWER =
      "insert into survey_answer (response_id, item_id, round_id, group_code, answer_value,"
          + " score, choices, answer_text) values (?, ?, ?, ?, ?, ?, ?, ?)";

  private JdbcAnswerRows() {}

  /** Writes the submitted answers of a stored response, replacing any it had. */
  static void replace(
      DataSource dataSource, SurveyResponse response, AnswerSheet sheet, boolean created) {
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
          add(insert, response, answer);
        }
        insert.executeBatch();
      }
    } catch (SQLException e) {
      throw new PersistenceException("could not write the answers of response " + response.id(), e);
    }
  }

  private static void add(PreparedStatement insert, SurveyResponse response, Answer answer)
      throws SQLException {
    insert.setLong(1, response.id());
    insert.setLong(2, answer.item().id());
    insert.setLong(3, response.round().id());
    insert.setString(4, response.groupCode());
    setSmallint(insert, 5, answer.value());
    setSmallint(insert, 6, answer.score());
    insert.setString(7, answer.choices().isEmpty() ? null : String.join(",", answer.choices()));
    insert.setString(8, answer.text());
    insert.addBatch();
  }

  private static void setSmallint(PreparedStatement statement, int index, Integer value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.SMALLINT);
    } else {
      statement.setShort(index, value.shortValue());
    }
  }
}
