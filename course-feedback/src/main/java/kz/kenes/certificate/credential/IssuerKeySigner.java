package kz.kenes.certificate.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import kz.kenes.certificate.domain.CredentialSigner;
import kz.kenes.platform.persistence.Timestamps;

/**
 * Signs credentials with the issuer's RSA key (RS256) and publishes its public part. The key is
 * made the first time one is needed and kept in {@code certificate_issuer_key} (the oldest row is
 * the key: two nodes that race to make one both end up using the first stored); it is separate from
 * the LTI tool's keys, which rotate (docs/adr/0019-certificates-pdf-and-open-badges.md).
 */
@ApplicationScoped
public class IssuerKeySigner implements CredentialSigner {

  @Resource(lookup = "jdbc/kenes")
  DataSource dataSource;

  @Inject Clock clock;

  private final AtomicReference<RSAKey> key = new AtomicReference<>();

  @Override
  public String sign(Map<String, Object> claims) {
    RSAKey signing = key();
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256)
                  .type(JOSEObjectType.JWT)
                  .keyID(signing.getKeyID())
                  .build(),
              JWTClaimsSet.parse(claims));
      jwt.sign(new RSASSASigner(signing));
      return jwt.serialize();
    } catch (JOSEException | ParseException e) {
      throw new IllegalStateException("could not sign a credential", e);
    }
  }

  @Override
  public Map<String, Object> publicKeys() {
    return new JWKSet(List.of(key().toPublicJWK())).toJSONObject(true);
  }

  private RSAKey key() {
    RSAKey known = key.get();
    if (known != null) {
      return known;
    }
    RSAKey loaded = load();
    if (loaded == null) {
      store(generate());
      loaded = load();
    }
    key.compareAndSet(null, loaded);
    return key.get();
  }

  private static RSAKey generate() {
    try {
      return new RSAKeyGenerator(2048)
          .keyID(UUID.randomUUID().toString())
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.RS256)
          .generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("could not make the issuer key", e);
    }
  }

  private RSAKey load() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "select public_jwk, private_key from certificate_issuer_key"
                    + " order by created_at, kid")) {
      select.setMaxRows(1);
      try (ResultSet rows = select.executeQuery()) {
        if (!rows.next()) {
          return null;
        }
        RSAKey publicKey = RSAKey.parse(rows.getString(1));
        RSAPrivateKey privateKey =
            (RSAPrivateKey)
                KeyFactory.getInstance("RSA")
                    .generatePrivate(
                        new PKCS8EncodedKeySpec(Base64.getDecoder().decode(rows.getString(2))));
        return new RSAKey.Builder((RSAPublicKey) publicKey.toRSAPublicKey())
            .privateKey(privateKey)
            .keyID(publicKey.getKeyID())
            .keyUse(KeyUse.SIGNATURE)
            .algorithm(JWSAlgorithm.RS256)
            .build();
      }
    } catch (SQLException e) {
      throw new PersistenceException("could not read the issuer key", e);
    } catch (ParseException | JOSEException | java.security.GeneralSecurityException e) {
      throw new IllegalStateException("the stored issuer key cannot be read", e);
    }
  }

  private void store(RSAKey made) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "insert into certificate_issuer_key (kid, public_jwk, private_key, created_at)"
                    + " values (?, ?, ?, ?)")) {
      insert.setString(1, made.getKeyID());
      insert.setString(2, made.toPublicJWK().toJSONString());
      insert.setString(3, Base64.getEncoder().encodeToString(made.toPrivateKey().getEncoded()));
      insert.setTimestamp(4, Timestamp.valueOf(Timestamps.toColumn(clock.instant())));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new PersistenceException("could not store the issuer key", e);
    } catch (JOSEException e) {
      throw new IllegalStateException("the issuer key has no private part", e);
    }
  }
}
