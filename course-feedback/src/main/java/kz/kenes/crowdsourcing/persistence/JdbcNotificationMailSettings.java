package kz.kenes.crowdsourcing.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import kz.kenes.crowdsourcing.domain.NotificationMailSettings;
import kz.kenes.identity.domain.SessionTokens;
import kz.kenes.platform.persistence.SqlDialect;
import kz.kenes.platform.persistence.Timestamps;

/** {@link NotificationMailSettings} in {@code notification_mail_setting} (V41). */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class JdbcNotificationMailSettings implements NotificationMailSettings {

  private static final String COLUMNS =
      "select recipient_key, email, locale, mails_off, unsubscribe_token"
          + " from notification_mail_setting where ";
  private static final String INSERT_PG =
      "insert into notification_mail_setting (recipient_key, email, locale, mails_off,"
          + " unsubscribe_token, updated_at) values (?, null, null, false, ?, ?)"
          + " on conflict (recipient_key) do nothing";
  private static final String INSERT_H2 =
      "merge into notification_mail_setting t using (select cast(? as varchar(64)) as k,"
          + " cast(? as varchar(64)) as token, cast(? as timestamp) as at) s"
          + " on t.recipient_key = s.k when not matched then insert (recipient_key, email, locale,"
          + " mails_off, unsubscribe_token, updated_at) values (s.k, null, null, false, s.token,"
          + " s.at)";
  private static final String ADDRESS =
      "update notification_mail_setting set email = ?, locale = ?, updated_at = ?"
          + " where recipient_key = ?";
  private static final String SWITCH =
      "update notification_mail_setting set mails_off = ?, updated_at = ? where recipient_key = ?";

  @Resource(lookup = "jdbc/kenes")
  DataSource dataSource;

  @Override
  public Optional<Setting> find(String recipientKey) {
    return one("recipient_key = ?", recipientKey);
  }

  @Override
  public Optional<Setting> findByToken(String unsubscribeToken) {
    return one("unsubscribe_token = ?", unsubscribeToken);
  }

  @Override
  public Setting ensure(String recipientKey, Instant now) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(SqlDialect.of(c) == SqlDialect.POSTGRESQL ? INSERT_PG : INSERT_H2)) {
      insert.setString(1, recipientKey);
      insert.setString(2, SessionTokens.random(32));
      insert.setObject(3, Timestamps.toColumn(now));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not make a mail setting", e);
    }
    return find(recipientKey)
        .orElseThrow(() -> new IllegalStateException("the mail setting was not made"));
  }

  @Override
  public void giveAddress(String recipientKey, String email, String locale, Instant now) {
    ensure(recipientKey, now);
    update(ADDRESS, email, locale, Timestamps.toColumn(now), recipientKey);
  }

  @Override
  public void switchMails(String recipientKey, boolean off, Instant now) {
    ensure(recipientKey, now);
    update(SWITCH, off, Timestamps.toColumn(now), recipientKey);
  }

  private void update(String sql, Object... values) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement update = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        update.setObject(i + 1, values[i]);
      }
      update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not change a mail setting", e);
    }
  }

  private Optional<Setting> one(String where, String value) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(COLUMNS + where)) {
      select.setString(1, value);
      try (ResultSet row = select.executeQuery()) {
        return row.next()
            ? Optional.of(
                new Setting(
                    row.getString(1),
                    row.getString(2),
                    row.getString(3),
                    row.getBoolean(4),
                    row.getString(5)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read a mail setting", e);
    }
  }
}
