package kz.kenes.survey.persistence;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import kz.kenes.survey.domain.Answer;
import kz.kenes.survey.domain.AnswerSheet;

/**
 * Writes a checked sheet's answers as rows of an answer table ({@code survey_answer}, {@code
 * module_rating_answer}) with plain JDBC on the container's data source: inside the caller's JTA
 * transaction it is the same connection and transaction as the entity manager's. A batch of one
 * small statement per answer costs far less than one native query with eight parameters per answer,
 * whose parameter translation in EclipseLink grows with the square of their number
 * (docs/adr/0008-plain-jdbc-on-the-hot-path.md).
 *
 * <p>Each table says which column holds the owner's id and which columns follow it; its {@link
 * Columns} fills them for one answer.
 */
final class JdbcAnswerRows {

  /** The values of an answer row after the owner's id, in the order of the table's columns. */
  @FunctionalInterface
  interface Columns {
    void fill(Row row, Answer answer) throws SQLException;
  }

  /**
   * An answer table.
   *
   * @param name the table
   * @param ownerColumn the column of the owner's id (the response, the rating)
   * @param columns the columns after it, filled by {@link Columns}
   */
  record Table(String name, String ownerColumn, List<String> columns) {

    String insert() {
      String names = ownerColumn + ", " + String.join(", ", columns);
      String marks = String.join(", ", Collections.nCopies(columns.size() + 1, "?"));
      return "insert into " + name + " (" + names + ") values (" + marks + ")";
    }

    String delete() {
      return "delete from " + name + " where " + ownerColumn + " = ?";
    }
  }

  /** One row of the insert batch, filled left to right. */
  static final class Row {
    private final PreparedStatement statement;
    private int index;

    private Row(PreparedStatement statement) {
      this.statement = statement;
    }

    Row add(long value) throws SQLException {
      statement.setLong(++index, value);
      return this;
    }

    Row add(int value) throws SQLException {
      statement.setInt(++index, value);
      return this;
    }

    Row add(String value) throws SQLException {
      statement.setString(++index, value);
      return this;
    }

    /** A smallint, or SQL null. */
    Row addSmallint(Integer value) throws SQLException {
      if (value == null) {
        statement.setNull(++index, Types.SMALLINT);
      } else {
        statement.setShort(++index, value.shortValue());
      }
      return this;
    }
  }

  private JdbcAnswerRows() {}

  /**
   * Writes the sheet's answers as the rows of owner {@code ownerId} in {@code table}, replacing any
   * it had (none when the owner was {@code created} now).
   */
  static void replace(
      DataSource dataSource,
      Table table,
      long ownerId,
      AnswerSheet sheet,
      boolean created,
      Columns columns) {
    try (Connection connection = dataSource.getConnection()) {
      if (!created) {
        try (PreparedStatement delete = connection.prepareStatement(table.delete())) {
          delete.setLong(1, ownerId);
          delete.executeUpdate();
        }
      }
      if (sheet.answers().isEmpty()) {
        return;
      }
      try (PreparedStatement insert = connection.prepareStatement(table.insert())) {
        for (Answer answer : sheet.answers()) {
          Row row = new Row(insert).add(ownerId);
          columns.fill(row, answer);
          insert.addBatch();
        }
        insert.executeBatch();
      }
    } catch (SQLException e) {
      throw new PersistenceException(
          "could not write the answers of " + table.ownerColumn() + " " + ownerId, e);
    }
  }
}
