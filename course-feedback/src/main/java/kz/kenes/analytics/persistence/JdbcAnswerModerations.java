package kz.kenes.analytics.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import kz.kenes.analytics.application.AnswerModerations;
import kz.kenes.analytics.domain.ModerationAction;
import kz.kenes.platform.persistence.Timestamps;

/**
 * The moderation of module feedback's open answers ({@code module_answer_moderation}, {@code
 * module_answer_moderation_event}, V21) with plain JDBC in the caller's transaction. The answer's
 * rating row is locked first ({@code for update}), so two moderators of one answer take turns and
 * the state row is inserted once.
 */
@ApplicationScoped
public class JdbcAnswerModerations implements AnswerModerations {

  private static final String LOCK =
      "select r.module_id from module_rating r where r.id = ? and exists (select 1 from"
          + " module_rating_answer a where a.rating_id = r.id and a.item_id = ?"
          + " and a.answer_text is not null) for update";

  private static final String OPEN_STATE =
      "insert into module_answer_moderation (rating_id, item_id, module_id, hidden, idea)"
          + " select ?, ?, ?, false, false where not exists (select 1 from"
          + " module_answer_moderation where rating_id = ? and item_id = ?)";

  private static final String HIDE =
      "update module_answer_moderation set hidden = ?, hidden_reason = ?, hidden_by = ?,"
          + " hidden_at = ? where rating_id = ? and item_id = ?";

  private static final String IDEA =
      "update module_answer_moderation set idea = ?, idea_by = ?, idea_at = ?"
          + " where rating_id = ? and item_id = ?";

  private static final String EVENT =
      "insert into module_answer_moderation_event (rating_id, item_id, module_id, action,"
          + " reason, actor, context_ref, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)";

  private static final String HISTORY =
      "select module_id, action, reason, actor, context_ref, created_at"
          + " from module_answer_moderation_event where rating_id = ? and item_id = ?"
          + " order by created_at, id";

  private static final String MARKED_IDEA =
      "select a.module_id, a.answer_text, r.group_code, m.idea_by, m.idea_at"
          + " from module_answer_moderation m"
          + " join module_rating_answer a on a.rating_id = m.rating_id and a.item_id = m.item_id"
          + " join module_rating r on r.id = m.rating_id"
          + " where m.rating_id = ? and m.item_id = ? and m.idea = true and m.hidden = false"
          + " and a.answer_text is not null";

  @Resource(lookup = "jdbc/kenes")
  DataSource dataSource;

  @Override
  public Optional<Long> lockAnswer(long ratingId, long itemId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement lock = connection.prepareStatement(LOCK)) {
      lock.setLong(1, ratingId);
      lock.setLong(2, itemId);
      try (ResultSet row = lock.executeQuery()) {
        return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new PersistenceException("could not lock answer " + ratingId + "/" + itemId, e);
    }
  }

  @Override
  public Optional<MarkedIdea> markedIdea(long ratingId, long itemId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(MARKED_IDEA)) {
      select.setLong(1, ratingId);
      select.setLong(2, itemId);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new MarkedIdea(
                ratingId,
                itemId,
                row.getLong(1),
                row.getString(2),
                row.getString(3),
                row.getString(4),
                Timestamps.fromColumn(row.getObject(5, java.time.LocalDateTime.class))));
      }
    } catch (SQLException e) {
      throw new PersistenceException("could not read idea " + ratingId + "/" + itemId, e);
    }
  }

  @Override
  public List<MarkedIdea> markedIdeas(List<Long> moduleIds, int limit) {
    if (moduleIds.isEmpty()) {
      return List.of();
    }
    String marks = String.join(", ", java.util.Collections.nCopies(moduleIds.size(), "?"));
    String sql =
        "select m.rating_id, m.item_id, m.module_id, a.answer_text, r.group_code, m.idea_by,"
            + " m.idea_at from module_answer_moderation m"
            + " join module_rating_answer a on a.rating_id = m.rating_id and a.item_id = m.item_id"
            + " join module_rating r on r.id = m.rating_id"
            + " where m.idea = true and m.hidden = false and a.answer_text is not null"
            + " and m.module_id in ("
            + marks
            + ") order by m.idea_at desc fetch first "
            + limit
            + " rows only";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      for (int i = 0; i < moduleIds.size(); i++) {
        select.setLong(i + 1, moduleIds.get(i));
      }
      List<MarkedIdea> ideas = new java.util.ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          ideas.add(
              new MarkedIdea(
                  row.getLong(1),
                  row.getLong(2),
                  row.getLong(3),
                  row.getString(4),
                  row.getString(5),
                  row.getString(6),
                  Timestamps.fromColumn(row.getObject(7, java.time.LocalDateTime.class))));
        }
      }
      return ideas;
    } catch (SQLException e) {
      throw new PersistenceException("could not read the ideas of modules " + moduleIds, e);
    }
  }

  @Override
  public void record(Change change) {
    Timestamp at = Timestamp.valueOf(Timestamps.toColumn(change.at()));
    boolean on =
        change.action() == ModerationAction.HIDE || change.action() == ModerationAction.MARK_IDEA;
    try (Connection connection = dataSource.getConnection()) {
      Sql.update(
          connection,
          OPEN_STATE,
          change.ratingId(),
          change.itemId(),
          change.moduleId(),
          change.ratingId(),
          change.itemId());
      switch (change.action()) {
        case HIDE, UNHIDE ->
            Sql.update(
                connection,
                HIDE,
                on,
                on ? change.reason() : null,
                on ? change.actor() : null,
                on ? at : null,
                change.ratingId(),
                change.itemId());
        case MARK_IDEA, UNMARK_IDEA ->
            Sql.update(
                connection,
                IDEA,
                on,
                on ? change.actor() : null,
                on ? at : null,
                change.ratingId(),
                change.itemId());
      }
      Sql.update(
          connection,
          EVENT,
          change.ratingId(),
          change.itemId(),
          change.moduleId(),
          change.action().code(),
          change.reason(),
          change.actor(),
          change.contextRef(),
          at);
    } catch (SQLException e) {
      throw new PersistenceException(
          "could not moderate answer " + change.ratingId() + "/" + change.itemId(), e);
    }
  }

  @Override
  public List<Change> history(long ratingId, long itemId) {
    List<Change> history = new ArrayList<>();
    Sql.query(
        dataSource,
        HISTORY,
        row ->
            history.add(
                new Change(
                    ratingId,
                    itemId,
                    row.getLong(1),
                    ModerationAction.require(row.getString(2)),
                    row.getString(3),
                    row.getString(4),
                    Sql.longOrNull(row, "context_ref"),
                    Timestamps.fromColumn(row.getTimestamp(6).toLocalDateTime()))),
        ratingId,
        itemId);
    return history;
  }
}
