package kz.kenes.integration.lti.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import kz.kenes.lti.security.keys.StoredToolKey;
import kz.kenes.platform.persistence.Timestamps;

/** Table row of one of the tool's RSA key pairs. */
@Entity
@Table(name = "tool_key")
public class ToolKeyEntity {

  @Id String kid;

  @Column(name = "private_jwk", nullable = false)
  String privateJwk;

  @Column(name = "created_at", nullable = false)
  LocalDateTime createdAt;

  @Column(name = "retired_at")
  LocalDateTime retiredAt;

  @Column(name = "publish_until")
  LocalDateTime publishUntil;

  static ToolKeyEntity of(StoredToolKey key) {
    ToolKeyEntity e = new ToolKeyEntity();
    e.kid = key.kid();
    e.privateJwk = key.privateJwkJson();
    e.createdAt = Timestamps.toColumn(key.createdAt());
    e.retiredAt = Timestamps.toColumn(key.retiredAt());
    e.publishUntil = Timestamps.toColumn(key.publishUntil());
    return e;
  }

  StoredToolKey toStoredKey() {
    return new StoredToolKey(
        kid,
        privateJwk,
        Timestamps.fromColumn(createdAt),
        Timestamps.fromColumn(retiredAt),
        Timestamps.fromColumn(publishUntil));
  }
}
