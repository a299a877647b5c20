package kz.kenes.lti.security.keys;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import kz.kenes.lti.security.jwt.JwtSigner;
import kz.kenes.lti.security.jwt.RsaJwk;

/**
 * The tool's signing keys over time. One key is active and signs; {@link #rotate()} replaces it and
 * keeps the retired key in the published key set for an overlap period, so that platforms holding a
 * cached copy of the key set can still verify messages signed just before the rotation.
 *
 * <p>Creating the first key is not coordinated between nodes; the application calls {@link
 * #ensureActiveKey()} once at start-up (or lets its store refuse a second active key).
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#h_key-management">Security Framework
 *     §6.1 RSA key, §6.2 key rotation, §6.3 key distribution</a>
 */
public final class ToolKeys {

  private final ToolKeyStore store;
  private final Clock clock;
  private final Duration overlap;

  public ToolKeys(ToolKeyStore store, Clock clock, Duration overlap) {
    this.store = Objects.requireNonNull(store);
    this.clock = Objects.requireNonNull(clock);
    this.overlap = Objects.requireNonNull(overlap);
    if (overlap.isNegative()) {
      throw new IllegalArgumentException("overlap must not be negative: " + overlap);
    }
  }

  /** Returns the active key, generating and storing one first if there is none. */
  public RsaJwk ensureActiveKey() {
    return store.findActive().map(ToolKeys::toJwk).orElseGet(this::generateAndStore);
  }

  /**
   * Makes a new key active; the previous active key (if any) is retired now and stays published
   * until now + overlap. Returns the new key.
   */
  public RsaJwk rotate() {
    Instant now = clock.instant();
    var previous = store.findActive();
    RsaJwk fresh = generateAndStore();
    previous.ifPresent(old -> store.retire(old.kid(), now, now.plus(overlap)));
    return fresh;
  }

  /** The active key, created if needed. */
  public RsaJwk activeKey() {
    return ensureActiveKey();
  }

  /** A signer for the active key (RS256, header kid). */
  public JwtSigner activeSigner() {
    return new JwtSigner(ensureActiveKey());
  }

  /**
   * The public JSON Web Key Set to serve at the tool's JWKS URL: every key published now (the
   * active one and those in overlap), each with kty, n, e, kid, alg RS256 and use sig.
   */
  public String publicJwksJson() {
    List<RsaJwk> published =
        store.findPublished(clock.instant()).stream().map(ToolKeys::toJwk).toList();
    return RsaJwk.publicJwkSetJson(published);
  }

  private RsaJwk generateAndStore() {
    RsaJwk key = RsaJwk.generate();
    store.store(new StoredToolKey(key.kid(), key.privateJwkJson(), clock.instant(), null, null));
    return key;
  }

  private static RsaJwk toJwk(StoredToolKey stored) {
    return RsaJwk.fromPrivateJwkJson(stored.privateJwkJson());
  }
}
