package kz.kenes.analytics.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.function.Consumer;
import javax.sql.DataSource;
import kz.kenes.analytics.application.ResponseExport;

/**
 * The responses of a survey read row by row (a JDBC fetch size, a cursor on PostgreSQL), each
 * response handed on as soon as its last answer is read: memory holds one response, never the
 * survey.
 */
@ApplicationScoped
public class JdbcResponseExport implements ResponseExport {

  static final int FETCH_SIZE = 500;

  @Resource(lookup = "jdbc/kenes")
  DataSource dataSource;

  public JdbcResponseExport() {}

  public JdbcResponseExport(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void forEachResponse(long surveyId, Consumer<ExportedResponse> sink) {
    String sql =
        "select r.id, rd.label, rd.kind, r.group_code, r.submitted_at,"
            + " case when r.pair_code is null then 0 else 1 end as paired,"
            + " a.item_id, a.answer_value, a.choices, a.answer_text"
            + " from survey_response r join survey_round rd on rd.id = r.round_id"
            + " left join survey_answer a on a.response_id = r.id"
            + " where rd.survey_id = ? and r.status = 'submitted'"
            + " order by rd.position, r.id";
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false); // PostgreSQL uses a cursor only inside a transaction
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setFetchSize(FETCH_SIZE);
        statement.setLong(1, surveyId);
        try (ResultSet rows = statement.executeQuery()) {
          stream(rows, sink);
        }
      } finally {
        connection.rollback();
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("response export failed: " + e.getMessage(), e);
    }
  }

  private static void stream(ResultSet rows, Consumer<ExportedResponse> sink) throws SQLException {
    ExportedResponse current = null;
    while (rows.next()) {
      long id = rows.getLong("id");
      if (current == null || current.id() != id) {
        if (current != null) {
          sink.accept(current);
        }
        Timestamp submitted = rows.getTimestamp("submitted_at");
        current =
            new ExportedResponse(
                id,
                rows.getString("label"),
                rows.getString("kind"),
                rows.getString("group_code"),
                submitted == null ? null : submitted.toLocalDateTime(),
                rows.getInt("paired") == 1,
                new HashMap<>());
      }
      long item = rows.getLong("item_id");
      if (!rows.wasNull()) {
        int value = rows.getInt("answer_value");
        Integer boxed = rows.wasNull() ? null : value;
        current
            .answers()
            .put(item, new Cell(boxed, rows.getString("choices"), rows.getString("answer_text")));
      }
    }
    if (current != null) {
      sink.accept(current);
    }
  }
}
