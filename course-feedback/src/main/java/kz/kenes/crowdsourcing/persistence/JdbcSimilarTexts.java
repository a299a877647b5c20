package kz.kenes.crowdsourcing.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import kz.kenes.crowdsourcing.domain.SimilarText;
import kz.kenes.crowdsourcing.domain.SimilarTexts;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.persistence.Timestamps;

/**
 * {@link SimilarTexts} in {@code similar_text_entry} and {@code similar_text_scope} (V33), plain
 * JDBC in the caller's transaction. A write first raises the scope's version (an UPDATE that locks
 * the scope's row until the transaction ends, so that the versions of one scope commit in order)
 * and stamps the entry with it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class JdbcSimilarTexts implements SimilarTexts {

  private static final String RAISE =
      "update similar_text_scope set version = version + 1 where scope = ?";
  private static final String FIRST =
      "insert into similar_text_scope (scope, version) values (?, 1)";
  private static final String VERSION = "select version from similar_text_scope where scope = ?";
  private static final String UPDATE =
      "update similar_text_entry set title = ?, body = ?, lang = ?, removed = ?, version = ?,"
          + " updated_at = ? where scope = ? and entry_id = ?";
  private static final String INSERT =
      "insert into similar_text_entry (title, body, lang, removed, version, updated_at, scope,"
          + " entry_id) values (?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String REMOVE =
      "update similar_text_entry set removed = true, version = ?, updated_at = ?"
          + " where scope = ? and entry_id = ? and removed = false";
  private static final String CHANGED =
      "select entry_id, title, body, lang, removed, version from similar_text_entry"
          + " where scope = ? and version > ? order by version, entry_id";

  @Resource(lookup = "jdbc/kenes")
  DataSource dataSource;

  Clock clock = Clock.systemUTC();

  @Override
  public long put(SimilarText text) {
    try (Connection c = dataSource.getConnection()) {
      long version = raise(c, text.scope());
      if (write(c, UPDATE, text, false, version) == 0) {
        write(c, INSERT, text, false, version);
      }
      return version;
    } catch (SQLException e) {
      throw new IllegalStateException("could not store a similar-text entry", e);
    }
  }

  @Override
  public boolean remove(String scope, long entryId) {
    try (Connection c = dataSource.getConnection()) {
      long version = raise(c, scope);
      try (PreparedStatement remove = c.prepareStatement(REMOVE)) {
        remove.setLong(1, version);
        remove.setObject(2, Timestamps.toColumn(clock.instant()));
        remove.setString(3, scope);
        remove.setLong(4, entryId);
        return remove.executeUpdate() == 1;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not remove a similar-text entry", e);
    }
  }

  private static long raise(Connection c, String scope) throws SQLException {
    try (PreparedStatement raise = c.prepareStatement(RAISE)) {
      raise.setString(1, scope);
      if (raise.executeUpdate() == 0) {
        try (PreparedStatement first = c.prepareStatement(FIRST)) {
          first.setString(1, scope);
          first.executeUpdate();
        } catch (SQLException anotherWriterFirst) {
          throw new Conflict(
              "Another entry of scope " + scope + " was written at the same moment: retry.");
        }
      }
    }
    return version(c, scope);
  }

  private int write(Connection c, String sql, SimilarText text, boolean removed, long version)
      throws SQLException {
    try (PreparedStatement write = c.prepareStatement(sql)) {
      write.setString(1, text.title());
      write.setString(2, text.body());
      write.setString(3, text.lang());
      write.setBoolean(4, removed);
      write.setLong(5, version);
      write.setObject(6, Timestamps.toColumn(clock.instant()));
      write.setString(7, text.scope());
      write.setLong(8, text.entryId());
      return write.executeUpdate();
    }
  }

  @Override
  public long version(String scope) {
    try (Connection c = dataSource.getConnection()) {
      return version(c, scope);
    } catch (SQLException e) {
      throw new IllegalStateException("could not read a similar-text scope", e);
    }
  }

  private static long version(Connection c, String scope) throws SQLException {
    try (PreparedStatement select = c.prepareStatement(VERSION)) {
      select.setString(1, scope);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? row.getLong(1) : 0;
      }
    }
  }

  @Override
  public List<Stamped> changedSince(String scope, long version) {
    List<Stamped> changed = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(CHANGED)) {
      select.setString(1, scope);
      select.setLong(2, version);
      select.setFetchSize(1000);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          changed.add(
              new Stamped(
                  new SimilarText(
                      scope, row.getLong(1), row.getString(2), row.getString(3), row.getString(4)),
                  row.getBoolean(5),
                  row.getLong(6)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read similar-text entries", e);
    }
    return changed;
  }
}
