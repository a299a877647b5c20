package kz.kenes.integration.lti.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import kz.kenes.platform.persistence.Timestamps;

/**
 * The deep linking requests waiting for their response, one per deep linking session, in {@code
 * lti_deep_linking_request} (ADR 0013). Plain JDBC: one insert at the launch, one read per picker
 * page; no other class reads the table.
 */
@ApplicationScoped
public class JdbcDeepLinkingRequests {

  private static final String INSERT =
      "insert into lti_deep_linking_request (session_id, registration_id, deployment_id,"
          + " return_url, data, accept_types, accept_targets, accept_multiple, auto_create,"
          + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String READ =
      "select registration_id, deployment_id, return_url, data, accept_types, accept_targets,"
          + " accept_multiple, auto_create from lti_deep_linking_request where session_id = ?";

  @Resource(lookup = "jdbc/kenes")
  DataSource dataSource;

  /**
   * A stored request.
   *
   * @param data the opaque data to echo; null when the request had none
   */
  public record Stored(
      long registrationId,
      String deploymentId,
      String returnUrl,
      String data,
      List<String> acceptTypes,
      List<String> acceptTargets,
      boolean acceptMultiple,
      boolean autoCreate) {}

  public void store(long sessionId, Stored request, Instant now) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert = c.prepareStatement(INSERT)) {
      insert.setLong(1, sessionId);
      insert.setLong(2, request.registrationId());
      insert.setString(3, request.deploymentId());
      insert.setString(4, request.returnUrl());
      insert.setString(5, request.data());
      insert.setString(6, String.join(" ", request.acceptTypes()));
      insert.setString(7, String.join(" ", request.acceptTargets()));
      insert.setBoolean(8, request.acceptMultiple());
      insert.setBoolean(9, request.autoCreate());
      insert.setObject(10, Timestamps.toColumn(now));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not store the deep linking request", e);
    }
  }

  public Optional<Stored> find(long sessionId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement read = c.prepareStatement(READ)) {
      read.setLong(1, sessionId);
      try (ResultSet row = read.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Stored(
                row.getLong(1),
                row.getString(2),
                row.getString(3),
                row.getString(4),
                words(row.getString(5)),
                words(row.getString(6)),
                row.getBoolean(7),
                row.getBoolean(8)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the deep linking request", e);
    }
  }

  private static List<String> words(String text) {
    return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split(" "));
  }
}
