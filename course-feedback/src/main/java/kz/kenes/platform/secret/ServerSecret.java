package kz.kenes.platform.secret;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import kz.kenes.platform.config.KenesConfig;
import kz.kenes.platform.db.DatabaseMigration.SchemaReady;

/**
 * The key of Kenes's HMACs, the same on every node: {@code kenes.secret} when it is configured,
 * otherwise 32 random bytes made on the first start and kept in the table {@code kenes_secret} (the
 * first node to insert wins; the others read its row). A hash of a pairing code or a client address
 * could be reversed by trying every code or address; an HMAC cannot, without this key. Never
 * logged. Read once, when the schema is ready, on connections of its own (outside any caller's
 * transaction, which a refused insert would otherwise spoil on PostgreSQL).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class ServerSecret {

  static final String NAME = "hmac";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String READ = "select secret from kenes_secret where name = ?";
  private static final String INSERT =
      "insert into kenes_secret (name, secret, created_at) values (?, ?, ?)";

  @Inject KenesConfig config;

  @Resource(lookup = "jdbc/kenes")
  DataSource dataSource;

  private volatile byte[] key;

  void onSchemaReady(@Observes SchemaReady ready) {
    key();
  }

  /** The key's bytes (a copy). */
  public byte[] key() {
    byte[] known = key;
    if (known == null) {
      synchronized (this) {
        if (key == null) {
          key = load();
        }
        known = key;
      }
    }
    return known.clone();
  }

  /** HMAC-SHA256 of {@code message} under the server secret, in hex. */
  public String hmacHex(String message) {
    return hmacHex(key(), message);
  }

  /** HMAC-SHA256 of {@code message} under {@code key}, in hex. */
  public static String hmacHex(byte[] key, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
    }
  }

  private byte[] load() {
    Optional<String> configured =
        config.value(KenesConfig.SECRET).map(String::trim).filter(s -> !s.isEmpty());
    if (configured.isPresent()) {
      return configured.get().getBytes(StandardCharsets.UTF_8);
    }
    try (Connection c = dataSource.getConnection()) {
      Optional<String> stored = read(c);
      if (stored.isEmpty()) {
        insertIfAbsent(c, newSecret());
        stored = read(c);
      }
      return Base64.getUrlDecoder()
          .decode(stored.orElseThrow(() -> new IllegalStateException("no server secret")));
    } catch (SQLException e) {
      throw new IllegalStateException("could not read or make the server secret", e);
    }
  }

  private static Optional<String> read(Connection c) throws SQLException {
    try (PreparedStatement read = c.prepareStatement(READ)) {
      read.setString(1, NAME);
      try (ResultSet row = read.executeQuery()) {
        return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
      }
    }
  }

  private static void insertIfAbsent(Connection c, String secret) {
    try (PreparedStatement insert = c.prepareStatement(INSERT)) {
      insert.setString(1, NAME);
      insert.setString(2, secret);
      insert.setObject(3, LocalDateTime.now(ZoneOffset.UTC));
      insert.executeUpdate();
    } catch (SQLException anotherNodeWasFirst) {
      // the primary key refused a second row: read the winner's
    }
  }

  static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
