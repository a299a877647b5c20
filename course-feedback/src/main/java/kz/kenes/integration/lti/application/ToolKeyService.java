package kz.kenes.integration.lti.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import kz.kenes.lti.security.jwt.RsaJwk;
import kz.kenes.lti.security.keys.ToolKeys;
import kz.kenes.platform.db.DatabaseMigration.SchemaReady;

/**
 * The tool's own key pair: created on first start, published at /lti/jwks, rotated on request with
 * the previous key kept published for the configured overlap.
 */
@ApplicationScoped
public class ToolKeyService {

  private static final Logger LOG = Logger.getLogger(ToolKeyService.class.getName());

  @Inject ToolKeys keys;

  void onSchemaReady(@Observes SchemaReady ready) {
    RsaJwk active = ensureActiveKey();
    LOG.info(() -> "Tool signing key in use: kid " + active.kid());
  }

  @Transactional
  public RsaJwk ensureActiveKey() {
    return keys.ensureActiveKey();
  }

  @Transactional
  public RsaJwk rotate() {
    RsaJwk next = keys.rotate();
    LOG.info(() -> "Tool signing key rotated; new kid " + next.kid());
    return next;
  }

  public String publicJwksJson() {
    return keys.publicJwksJson();
  }
}
